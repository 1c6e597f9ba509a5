import { Injectable } from '@nestjs/common';
import { AccountsService, PRIVACY_POLICY_VERSION, requireLogin, Role } from '@kepu/identity';
import { credit } from '@kepu/outreach';
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
  constructor(private readonly accounts: AccountsService) {}

  async seed(tx: EntityManager, organisationId: (key: string) => string): Promise<number> {
    const [{ count }] = await tx.query(
      `SELECT count(*)::int AS count FROM outreach_menu_items WHERE provider_id = $1`,
      [DEMO_ORGANISATIONS.volunteerTeam],
    );
    if (count > 0) return 0;
    const people = [...DEMO_VOLUNTEERS, ...DEMO_EXPERTS.map(expertAccount)];
    for (const person of people) await this.provision(tx, person);
    const ids = await this.accountIds(tx, [...DEMO_ACCOUNTS, ...people]);
    for (const [login, realName] of Object.entries(DEMO_VOLUNTEER_NAMES)) {
      await tx.query(
        `INSERT INTO volunteer_profiles (account_id, real_name, skills, district_codes) VALUES ($1, $2, $3, $4)`,
        [ids(login), realName, ['科学实验表演', '活动组织'], ['440305']],
      );
    }
    const items = new Map<string, string>();
    for (const item of DEMO_MENU_ITEMS) {
      items.set(
        item.key,
        await this.insertMenuItem(tx, item, organisationId(item.providerKey), ids('volunteer-lead@demo.kepu')),
      );
    }
    for (const expert of DEMO_EXPERTS) {
      await tx.query(
        `INSERT INTO outreach_experts (account_id, name, title, organisation_name, fields, region_code, district_codes,
           languages, profile, public_profile, consented_at, status, reviewed_at, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $10 THEN now() END, 'approved', now(), true)`,
        [
          ids(expert.login),
          expert.name,
          expert.title,
          expert.organisationName,
          expert.fields,
          expert.regionCode,
          expert.districtCodes,
          expert.languages,
          expert.profile,
          expert.publicProfile,
        ],
      );
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

  private async insertMenuItem(tx: EntityManager, item: DemoMenuItem, providerId: string, createdBy: string) {
    const { ratings, ...content } = menuContent(item);
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO outreach_menu_items (provider_id, title, summary, format, themes, audiences, duration_minutes,
         min_people, max_people, district_codes, lead_days, host_equipment, fee_fen, status, published_content,
         published_district_codes, reviewed_at, rating_count, rating_sum, created_by, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'published', $14, $10, now(), $15, $16, $17, true)
       RETURNING id`,
      [
        providerId,
        content.title,
        content.summary,
        content.format,
        content.themes,
        content.audiences,
        content.durationMinutes,
        content.minPeople,
        content.maxPeople,
        content.districtCodes,
        content.leadDays,
        content.hostEquipment,
        content.feeFen,
        JSON.stringify(content),
        ratings.length,
        ratings.reduce((sum, score) => sum + score, 0),
        createdBy,
      ],
    );
    return row.id;
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
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO outreach_orders (menu_item_id, orderer_id, ordered_by, topic, audience, headcount, address, latitude,
         longitude, region_code, window_from, window_to, notes, status, provider_id, dispatched_at, taken_at,
         rating, rating_comment, rated_at, is_demo, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, true, $21)
       RETURNING id`,
      [
        menuItemId,
        ORDERERS[order.ordererKey],
        ids(order.orderedBy),
        order.topic,
        order.audience,
        order.headcount,
        order.address,
        order.latitude,
        order.longitude,
        order.regionCode,
        day(order.window[0]),
        day(order.window[1]),
        order.notes,
        order.status,
        held ? DEMO_ORGANISATIONS.volunteerTeam : null,
        order.status === 'submitted' ? null : later(createdAt, 4),
        held ? later(createdAt, 24) : null,
        order.rating?.score ?? null,
        order.rating?.comment ?? null,
        order.rating ? new Date() : null,
        createdAt,
      ],
    );
    if (!order.activity) return;
    const at = (clock: string) => shanghaiInstant(day(order.activity!.day), minutesOf(clock));
    const scheduled = { startsAt: at(order.activity.from), endsAt: at(order.activity.to) };
    const [activity]: { id: string }[] = await tx.query(
      `INSERT INTO outreach_activities (order_id, provider_id, starts_at, ends_at, lead_id, sign_code, people_reached,
         completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::int IS NOT NULL THEN $4::timestamptz END) RETURNING id`,
      [
        row.id,
        DEMO_ORGANISATIONS.volunteerTeam,
        scheduled.startsAt,
        scheduled.endsAt,
        ids('volunteer-lead@demo.kepu'),
        String(randomInt(1_000_000)).padStart(6, '0'),
        order.activity.peopleReached,
      ],
    );
    for (const volunteer of order.volunteers ?? []) {
      const signedIn = volunteer.signedIn ? at(volunteer.signedIn) : null;
      const signedOut = volunteer.signedOut ? at(volunteer.signedOut) : null;
      await tx.query(
        `INSERT INTO outreach_activity_volunteers (activity_id, account_id, team_id, signed_in_at, signed_out_at,
           credited_minutes)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          activity.id,
          ids(volunteer.login),
          DEMO_ORGANISATIONS.volunteerTeam,
          signedIn,
          signedOut,
          signedIn && signedOut ? credit(scheduled, signedIn, signedOut).creditedMinutes : null,
        ],
      );
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
