import { Injectable } from '@nestjs/common';
import { AccountsService, PRIVACY_POLICY_VERSION, requireLogin, Role } from '@kepu/identity';
import { credit, OutreachDemoStore } from '@kepu/outreach';
import { addDays, minutesOf, shanghaiInstant, shanghaiToday } from '@kepu/schedule';
import { randomInt } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from './demo-accounts';
import type { DemoAccount } from './demo-accounts';
import {
  DEMO_EXPERTS,
  DEMO_MENU_ITEMS,
  DEMO_ORDERS,
  DEMO_VOLUNTEER_NAMES,
  DEMO_VOLUNTEERS,
  DemoMenuItem,
  DemoOrder,
} from './demo-outreach';

const ORDERERS = { 'nanshan-community': DEMO_ORGANISATIONS.community, school: DEMO_ORGANISATIONS.school };

/**
 * Seeds the outreach demo once (demo-outreach.ts), after the organisations and accounts it names.
 * Rows go in as the workflows would leave them: items approved, experts reviewed, orders at their
 * stage with their activity, sign-ins and rating.
 */
@Injectable()
export class DemoOutreachSeeder {
  constructor(
    private readonly accounts: AccountsService,
    private readonly store: OutreachDemoStore,
  ) {}

  async seed(tx: EntityManager, organisationId: (key: string) => string): Promise<number> {
    if ((await this.store.countMenuItemsOf(tx, DEMO_ORGANISATIONS.volunteerTeam)) > 0) return 0;
    const people = [...DEMO_VOLUNTEERS, ...DEMO_EXPERTS.map(expertAccount)];
    for (const person of people) await this.provision(tx, person);
    const ids = await this.accountIds(tx, [...DEMO_ACCOUNTS, ...people]);
    for (const [login, realName] of Object.entries(DEMO_VOLUNTEER_NAMES)) {
      await this.store.insertVolunteerProfile(tx, {
        accountId: ids(login),
        realName,
        skills: ['科学实验表演', '活动组织'],
        districtCodes: ['440305'],
      });
    }
    const items = new Map<string, string>();
    for (const item of DEMO_MENU_ITEMS) {
      items.set(
        item.key,
        await this.insertMenuItem(tx, item, organisationId(item.providerKey), ids('volunteer-lead@demo.kepu')),
      );
    }
    for (const { login, ...expert } of DEMO_EXPERTS) {
      await this.store.insertApprovedExpert(tx, { ...expert, accountId: ids(login) });
    }
    for (const order of DEMO_ORDERS) await this.insertOrder(tx, order, items, ids);
    return DEMO_MENU_ITEMS.length + DEMO_EXPERTS.length + DEMO_ORDERS.length;
  }

  private async provision(tx: EntityManager, person: DemoAccount): Promise<void> {
    if (await this.accounts.findByLogin({ kind: 'email', value: person.login }, tx)) return;
    await this.accounts.provision(
      { ...person, isDemo: true, verified: true, privacyVersion: PRIVACY_POLICY_VERSION },
      tx,
    );
  }

  /** Account ids of the demo logins, by login, looked up through identity. */
  private async accountIds(tx: EntityManager, people: DemoAccount[]): Promise<(login: string) => string> {
    const byLogin = new Map<string, string>();
    for (const { login } of people) {
      const account = await this.accounts.findByLogin(requireLogin(login), tx);
      if (account) byLogin.set(login, account.id);
    }
    return (login) => byLogin.get(login) as string;
  }

  private insertMenuItem(tx: EntityManager, item: DemoMenuItem, providerId: string, createdBy: string) {
    const { ratings, ...content } = menuContent(item);
    return this.store.insertPublishedMenuItem(tx, { providerId, content, ratings, createdBy });
  }

  private async insertOrder(
    tx: EntityManager,
    order: DemoOrder,
    items: Map<string, string>,
    ids: (login: string) => string,
  ): Promise<void> {
    const today = shanghaiToday();
    const day = (offset: number) => addDays(today, offset);
    const held = order.status === 'confirmed' || order.status === 'completed';
    const menuItemId = order.menuItemKey ? (items.get(order.menuItemKey) as string) : null;
    const createdAt = shanghaiInstant(day(-order.ageDays), minutesOf('10:00'));
    const orderId = await this.store.insertOrder(tx, {
      menuItemId,
      ordererId: ORDERERS[order.ordererKey],
      orderedBy: ids(order.orderedBy),
      topic: order.topic,
      audience: order.audience,
      headcount: order.headcount,
      address: order.address,
      latitude: order.latitude,
      longitude: order.longitude,
      regionCode: order.regionCode,
      windowFrom: day(order.window[0]),
      windowTo: day(order.window[1]),
      notes: order.notes,
      status: order.status,
      providerId: held ? DEMO_ORGANISATIONS.volunteerTeam : null,
      dispatchedAt: order.status === 'submitted' ? null : later(createdAt, 4),
      takenAt: held ? later(createdAt, 24) : null,
      rating: order.rating?.score ?? null,
      ratingComment: order.rating?.comment ?? null,
      ratedAt: order.rating ? new Date() : null,
      createdAt,
    });
    if (!order.activity) return;
    const at = (clock: string) => shanghaiInstant(day(order.activity!.day), minutesOf(clock));
    const scheduled = { startsAt: at(order.activity.from), endsAt: at(order.activity.to) };
    const activityId = await this.store.insertActivity(tx, {
      orderId,
      providerId: DEMO_ORGANISATIONS.volunteerTeam,
      startsAt: scheduled.startsAt,
      endsAt: scheduled.endsAt,
      leadId: ids('volunteer-lead@demo.kepu'),
      signCode: String(randomInt(1_000_000)).padStart(6, '0'),
      peopleReached: order.activity.peopleReached,
    });
    for (const volunteer of order.volunteers ?? []) {
      const signedIn = volunteer.signedIn ? at(volunteer.signedIn) : null;
      const signedOut = volunteer.signedOut ? at(volunteer.signedOut) : null;
      await this.store.insertSignIn(tx, {
        activityId,
        accountId: ids(volunteer.login),
        teamId: DEMO_ORGANISATIONS.volunteerTeam,
        signedInAt: signedIn,
        signedOutAt: signedOut,
        creditedMinutes: signedIn && signedOut ? credit(scheduled, signedIn, signedOut).creditedMinutes : null,
      });
    }
  }
}

/** The item as its provider wrote it: everything but the demo's own keys. */
function menuContent({ key: _key, providerKey: _provider, ...content }: DemoMenuItem) {
  return content;
}

const later = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);

function expertAccount(expert: (typeof DEMO_EXPERTS)[number]): DemoAccount {
  return { login: expert.login, displayName: `${expert.name}（演示专家）`, grants: [{ role: Role.Visitor }] };
}
