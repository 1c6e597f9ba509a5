import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import {
  classList,
  decideGroupVisit,
  groupEvent,
  groupRequestBody,
  nameListFile,
  requestGroupVisit,
  teacherAt,
} from './groups';
import { entryFor as entry, publicRead, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

/**
 * The group visit rows: a visit belongs to the demo school (`school`) and to the venue of
 * `operator` (in Futian). Each side does its own part and is refused the other's (403); the
 * administrators above the venue (Futian's, the city's) may read it but do nothing else (403); a
 * teacher of another school (`school2`), another venue's operator, other districts and visitors
 * are told it does not exist (404). Rows that change a visit or an agreement take a fresh one
 * (on a fresh venue, so no day's group limit runs out); rows that only read share one.
 */
export function groupEntries(context: () => Context): Entry[] {
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; booking?: { id: string } };
  };
  const event = () => groupEvent(context().t, context().sessions.operator, context().sessions.cityAdmin);
  const requested = async () => {
    const { t, sessions } = context();
    const { offeringId, slotIds, resourceId } = await event();
    const visit = ok(await requestGroupVisit(t, sessions.school, groupRequestBody(offeringId, slotIds)), 'request');
    return { id: visit.id, slotIds, resourceId };
  };
  const decided = async (decision: 'approve' | 'propose') => {
    const { t, sessions } = context();
    const visit = await requested();
    const slotId = decision === 'approve' ? visit.slotIds[0] : visit.slotIds[1];
    const body = decision === 'approve' ? { decision, slotId } : { decision, slotId, reason: '上午已满' };
    if (decision === 'propose') {
      // Propose a slot the school did not ask for.
      await context()
        .t.app.get(DataSource)
        .query(`UPDATE group_visits SET preferred_slot_ids = ARRAY[$2::uuid] WHERE id = $1`, [
          visit.id,
          visit.slotIds[0],
        ]);
    }
    return { ...ok(await decideGroupVisit(t, sessions.operator, visit.id, body), decision), ...visit };
  };
  const agreement = async () => {
    const { t, sessions } = context();
    const { resourceId } = await event();
    const res = await t
      .http()
      .post(v1('/group-agreements'))
      .set(bearer(sessions.operator))
      .send(agreementBody(resourceId));
    return ok(res, 'agreement');
  };
  const sharedEvent = shared(event);
  const sharedVisit = shared(requested);
  const sharedApproved = shared(() => decided('approve'));
  const sharedAgreement = shared(agreement);
  const nameList = shared(() => nameListFile(classList(20, 1)));
  /**
   * The two parties get the given statuses; the venue's administrators (Futian's, the city's)
   * are refused (403) unless given; strangers (another school, operator, district, any visitor) get 404.
   */
  const parties = (statuses: Partial<Record<Who, number>>): Outcomes => ({
    expect: { anonymous: 401, futianAdmin: 403, cityAdmin: 403, ...statuses },
    others: 404,
  });
  const readers = parties({ school: 200, operator: 200, futianAdmin: 200, cityAdmin: 200 });
  const theSchool = parties({ school: 200, operator: 403 });
  const eitherSide = parties({ school: 200, operator: 200 });
  const ownLists: Outcomes = { expect: { anonymous: 401 }, others: 200 };

  return [
    entry('POST', '/group-visits', 'teachers of verified schools', {
      action: 'group_visit.request',
      prepare: async () => {
        const { offeringId, slotIds } = await event();
        return { path: v1('/group-visits'), body: groupRequestBody(offeringId, slotIds) };
      },
      expect: { anonymous: 401, school: 201, school2: 201 },
      others: 403,
    }),
    entry('GET', '/group-visits', 'each party’s own', {
      prepare: async () => ({ path: v1('/group-visits') }),
      ...ownLists,
    }),
    publicRead('/group-visits/name-list-template'),
    entry('GET', '/group-visits/{id}', 'the school, the venue, the venue’s admins', {
      action: 'group_visit.read',
      prepare: async () => ({ path: v1(`/group-visits/${(await sharedVisit()).id}`) }),
      ...readers,
    }),
    entry('POST', '/group-visits/{id}/decision', 'the venue’s operators', {
      action: 'group_visit.decide',
      prepare: async () => {
        const visit = await requested();
        return {
          path: v1(`/group-visits/${visit.id}/decision`),
          body: { decision: 'approve', slotId: visit.slotIds[0] },
        };
      },
      ...parties({ school: 403, operator: 200 }),
    }),
    entry('POST', '/group-visits/{id}/response', 'the school', {
      action: 'group_visit.respond',
      prepare: async () => ({
        path: v1(`/group-visits/${(await decided('propose')).id}/response`),
        body: { decision: 'accept' },
      }),
      ...theSchool,
    }),
    entry('POST', '/group-visits/{id}/cancel', 'the school or the venue', {
      action: 'group_visit.cancel',
      prepare: async () => ({ path: v1(`/group-visits/${(await decided('approve')).id}/cancel`), body: {} }),
      ...eitherSide,
    }),
    entry('POST', '/group-visits/{id}/hand-over', 'the school’s teachers, to a colleague', {
      action: 'group_visit.hand_over',
      prepare: async () => {
        const { id } = await requested();
        const colleague = await teacherAt(context().t, DEMO_ORGANISATIONS.school);
        return { path: v1(`/group-visits/${id}/hand-over`), body: { accountId: colleague.user.id } };
      },
      ...theSchool,
    }),
    entry('GET', '/group-visits/{id}/colleagues', 'the school’s teachers who could take it over', {
      prepare: async () => ({ path: v1(`/group-visits/${(await requested()).id}/colleagues`) }),
      ...theSchool,
    }),
    entry('PUT', '/group-visits/{id}/name-list', 'the school', {
      action: 'group_visit.name_list',
      prepare: async () => ({
        path: v1(`/group-visits/${(await decided('approve')).id}/name-list`),
        file: { name: 'names.xlsx', content: await nameList() },
      }),
      ...theSchool,
    }),
    entry('GET', '/group-visits/{id}/name-list', 'the school and the venue: children’s names are not the admins’', {
      action: 'group_visit.read_name_list',
      prepare: async () => ({ path: v1(`/group-visits/${(await sharedApproved()).id}/name-list`) }),
      ...eitherSide,
    }),
    entry('POST', '/group-visits/{id}/feedback', 'the school, after the visit', {
      action: 'group_visit.feedback',
      prepare: async () => {
        const visit = await decided('approve');
        await context()
          .t.app.get(DataSource)
          .query(
            `UPDATE bookings SET status = 'checked_in', checked_in_at = now(), checked_in_count = party_size WHERE id = $1`,
            [visit.booking?.id],
          );
        return { path: v1(`/group-visits/${visit.id}/feedback`), body: { rating: 5, comment: '讲解很好' } };
      },
      ...theSchool,
    }),
    entry('GET', '/resources/{id}/group-feedback', 'the venue and its admins', {
      action: 'group_feedback.read',
      prepare: async () => ({ path: v1(`/resources/${(await sharedEvent()).resourceId}/group-feedback`) }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('POST', '/group-agreements', 'the venue’s operators', {
      action: 'group_agreement.offer',
      prepare: async () => {
        const { resourceId } = await event();
        return { path: v1('/group-agreements'), body: agreementBody(resourceId) };
      },
      expect: { anonymous: 401, operator: 201, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('GET', '/group-agreements', 'each party’s own', {
      prepare: async () => ({ path: v1('/group-agreements') }),
      ...ownLists,
    }),
    entry('GET', '/group-agreements/{id}', 'the school, the venue, the venue’s admins', {
      action: 'group_agreement.read',
      prepare: async () => ({ path: v1(`/group-agreements/${(await sharedAgreement()).id}`) }),
      ...readers,
    }),
    entry('POST', '/group-agreements/{id}/sign', 'the school', {
      action: 'group_agreement.sign',
      prepare: async () => ({ path: v1(`/group-agreements/${(await agreement()).id}/sign`) }),
      ...theSchool,
    }),
    entry('POST', '/group-agreements/{id}/end', 'the school or the venue', {
      action: 'group_agreement.end',
      prepare: async () => ({ path: v1(`/group-agreements/${(await agreement()).id}/end`) }),
      ...eitherSide,
    }),
  ];
}

/** A school year's agreement between a venue and the demo school. */
function agreementBody(resourceId: string) {
  const year = new Date().getFullYear();
  return {
    resourceId,
    schoolId: DEMO_ORGANISATIONS.school,
    startsOn: `${year}-09-01`,
    endsOn: `${year + 1}-08-31`,
    visitQuota: 6,
  };
}
