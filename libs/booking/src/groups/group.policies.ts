import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, PolicyContext, PolicyRule, PolicyService, Role } from '@kepu/identity';

/** A group visit or agreement as the policy sees it: the school it is for and the venue. */
export interface GroupSubject {
  schoolId: string;
  venue: object;
}

const teachesAt = (actor: Actor, schoolId: string) => actor.organisationsAs(Role.School).includes(schoolId);

/** Which party the actor is to a visit or agreement: its school, its venue, an onlooker who may read it, or none. */
async function sideOf(
  actor: Actor,
  { schoolId, venue }: GroupSubject,
  context: PolicyContext,
): Promise<'school' | 'venue' | 'onlooker' | null> {
  if (teachesAt(actor, schoolId)) return 'school';
  if ((await context.decide(actor, 'schedule.manage', venue)) === 'allow') return 'venue';
  if ((await context.decide(actor, 'schedule.read_private', venue)) === 'allow') return 'onlooker';
  return null;
}

/** A rule for one side's actions: that side may, the other parties are refused (403), strangers told nothing (404). */
const sideRule =
  (...sides: ('school' | 'venue')[]): PolicyRule<GroupSubject> =>
  async (actor, subject, context) => {
    const side = await sideOf(actor, subject, context);
    return side === null ? 'hide' : (sides as string[]).includes(side) ? 'allow' : 'deny';
  };

const readRule: PolicyRule<GroupSubject> = async (actor, subject, context) =>
  (await sideOf(actor, subject, context)) ? 'allow' : 'hide';

/**
 * School group visits and cooperation agreements (馆校合作) belong to two parties: the school's
 * teachers and the venue's operators. Each side does its own part; whoever may see the venue's
 * private schedule (its region's administrators) may read them, but not a visit's name list;
 * anyone else is told they do not exist.
 */
@Injectable()
export class GroupPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    const p = this.policy;
    p.define('group_visit.request', (actor) => (actor.hasRole(Role.School) ? 'allow' : 'deny'));
    p.define('group_visit.read', readRule);
    p.define('group_visit.decide', sideRule('venue'));
    p.define('group_visit.respond', sideRule('school'));
    p.define('group_visit.name_list', sideRule('school'));
    // Children's names and ID numbers: the school and the venue need them, the region's administrators do not.
    p.define('group_visit.read_name_list', sideRule('school', 'venue'));
    p.define('group_visit.feedback', sideRule('school'));
    p.define('group_visit.cancel', sideRule('school', 'venue'));
    // Any teacher of the school, as for its other actions: a colleague can take over from one who has left.
    p.define('group_visit.hand_over', sideRule('school'));
    p.define<object>('group_feedback.read', (actor, venue, context) =>
      context.decide(actor, 'schedule.read_private', venue),
    );
    p.define<object>('group_agreement.offer', (actor, venue, context) =>
      context.decide(actor, 'schedule.manage', venue),
    );
    p.define('group_agreement.read', readRule);
    p.define('group_agreement.sign', sideRule('school'));
    p.define('group_agreement.end', sideRule('school', 'venue'));
  }
}
