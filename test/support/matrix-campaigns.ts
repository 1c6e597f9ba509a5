import { addDays, shanghaiToday } from '@kepu/schedule';
import { entryFor as entry, publicRead, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { createOffering, openVenue } from './schedule';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

const FUTIAN = '440304';

/**
 * Campaigns (docs/campaigns.md). The entries' campaigns cover Futian and are run by Futian's and
 * the city's administrators; Nanshan's administrator, who administers no part of them, and
 * everyone else are told a draft does not exist (404). Events belong to a Futian venue of
 * `operator`'s organisation: its operators attach them, the administrators above the venue are
 * refused (403) unless they run the campaign, strangers are told nothing (404).
 */
export function campaignEntries(context: () => Context): Entry[] {
  const today = shanghaiToday();
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const post = (who: SignedIn, path: string, body: object = {}) =>
    context().t.http().post(v1(path)).set(bearer(who)).send(body);
  const body = {
    name: '福田科技活动周',
    from: today,
    to: addDays(today, 10),
    themes: ['physics'],
    regionCodes: [FUTIAN],
  };
  const draft = async () => ok(await post(context().sessions.futianAdmin, '/campaigns', body), 'draft').id;
  const published = async () => {
    const id = await draft();
    ok(await post(context().sessions.futianAdmin, `/campaigns/${id}/publish`), 'publish');
    return id;
  };
  const live = shared(published);
  const venue = shared(() => openVenue(context().t, context().sessions.operator, context().sessions.cityAdmin));
  const event = async () => {
    const { t, sessions } = context();
    const created = await createOffering(t, sessions.operator, await venue(), {
      title: '科技周实验秀',
      kind: 'event',
      slotMinutes: 60,
      capacity: 20,
      dates: [addDays(today, 2)],
      startTimes: ['10:00'],
    });
    return created.id as string;
  };
  const attached = async () => {
    const campaignId = await live();
    const offeringId = await event();
    ok(await post(context().sessions.operator, `/campaigns/${campaignId}/events`, { offeringId }), 'attach');
    return { campaignId, offeringId };
  };
  /** The administrators running the campaigns: Futian's and the city's. */
  const runners = (status: number): Outcomes => ({
    expect: { anonymous: 401, futianAdmin: status, cityAdmin: status },
    others: 404,
  });

  return [
    publicRead('/campaigns', '/campaigns?year=2026'),
    publicRead('/campaigns/{id}', async () => `/campaigns/${await live()}`, 'a published campaign: public'),
    entry('GET', '/campaigns/{id}', 'a draft: the administrators of its regions and above', {
      action: 'campaign.read_private',
      prepare: async () => ({ path: v1(`/campaigns/${await draft()}`) }),
      expect: { futianAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('GET', '/campaigns/managed', "administrators, each their own regions' campaigns", {
      action: 'campaign.list_managed',
      prepare: async () => ({ path: v1('/campaigns/managed') }),
      expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
      others: 403,
    }),
    entry('POST', '/campaigns', 'covering Futian: its administrators and the city’s', {
      action: 'campaign.create',
      prepare: async () => ({ path: v1('/campaigns'), body }),
      expect: { anonymous: 401, futianAdmin: 201, cityAdmin: 201, systemAdmin: 201 },
      others: 403,
    }),
    entry('PUT', '/campaigns/{id}', 'a draft', {
      action: 'campaign.manage',
      prepare: async () => ({ path: v1(`/campaigns/${await draft()}`), body }),
      ...runners(200),
    }),
    entry('POST', '/campaigns/{id}/publish', 'a draft', {
      prepare: async () => ({ path: v1(`/campaigns/${await draft()}/publish`) }),
      ...runners(200),
    }),
    entry('POST', '/campaigns/{id}/cancel', 'a published campaign', {
      prepare: async () => ({ path: v1(`/campaigns/${await published()}/cancel`) }),
      ...runners(200),
    }),
    publicRead('/campaigns/{id}/events', async () => `/campaigns/${await live()}/events?district=${FUTIAN}`),
    entry('POST', '/campaigns/{id}/events', 'an event of the Futian venue: its operators', {
      action: 'campaign_event.attach',
      prepare: async () => ({
        path: v1(`/campaigns/${await live()}/events`),
        body: { offeringId: await event() },
      }),
      expect: { anonymous: 401, operator: 201, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('DELETE', '/campaigns/{id}/events/{offeringId}', 'its venue’s operators and the campaign’s administrators', {
      action: 'campaign_event.detach',
      prepare: async () => {
        const { campaignId, offeringId } = await attached();
        return { path: v1(`/campaigns/${campaignId}/events/${offeringId}`) };
      },
      expect: { anonymous: 401, operator: 204, futianAdmin: 204, cityAdmin: 204 },
      others: 404,
    }),
    entry('GET', '/campaigns/{id}/stats', 'the administrators of its regions and above', {
      prepare: async () => ({ path: v1(`/campaigns/${await live()}/stats`) }),
      ...runners(200),
    }),
    publicRead('/events/search', '/events/search?q=kejizhou'),
  ];
}
