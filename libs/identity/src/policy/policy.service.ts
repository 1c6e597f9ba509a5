import { Injectable } from '@nestjs/common';
import { AppError, CoreErrors, RegionTree } from '@kepu/core';
import { Actor } from './actor';

/** allow; deny → 403; hide → 404, where even saying "forbidden" would reveal that the object exists. */
export type Decision = 'allow' | 'deny' | 'hide';

export interface PolicyContext {
  regions: RegionTree;
  /** Another action's decision, for rules that defer to the lib owning the object (e.g. organisations). */
  decide<Subject>(actor: Actor, action: string, subject?: Subject): Promise<Decision>;
}

/** A rule answers for one action. `true`/`false` are shorthands for allow/deny. */
export type PolicyRule<Subject> = (
  actor: Actor,
  subject: Subject,
  context: PolicyContext,
) => Decision | boolean | Promise<Decision | boolean>;

/**
 * The one place that decides "may this actor do this action on this object?". Each lib defines
 * the rules for its actions when its module starts; controllers and services only ask. An action
 * without a rule is a programming error, never a silent allow.
 */
@Injectable()
export class PolicyService {
  private readonly rules = new Map<string, PolicyRule<never>>();

  constructor(private readonly regions: RegionTree) {}

  define<Subject>(action: string, rule: PolicyRule<Subject>): void {
    if (this.rules.has(action)) throw new Error(`Policy for ${action} is defined twice`);
    this.rules.set(action, rule as PolicyRule<never>);
  }

  /** Every action with a rule: the authorization matrix test checks it covers them all. */
  actions(): string[] {
    return [...this.rules.keys()].sort();
  }

  async decide<Subject>(actor: Actor, action: string, subject?: Subject): Promise<Decision> {
    const rule = this.rules.get(action) as PolicyRule<Subject | undefined> | undefined;
    if (!rule) throw new Error(`No policy is defined for ${action}`);
    const decision = await rule(actor, subject, {
      regions: this.regions,
      decide: (a, next, s) => this.decide(a, next, s),
    });
    return decision === true ? 'allow' : decision === false ? 'deny' : decision;
  }

  /** Throws 401 without an actor, 403 or 404 when the rule says no. */
  async authorize<Subject>(actor: Actor | undefined, action: string, subject?: Subject): Promise<Actor> {
    if (!actor) throw new AppError(CoreErrors.UNAUTHORIZED);
    const decision = await this.decide(actor, action, subject);
    if (decision === 'deny') throw new AppError(CoreErrors.FORBIDDEN);
    if (decision === 'hide') throw new AppError(CoreErrors.NOT_FOUND);
    return actor;
  }
}
