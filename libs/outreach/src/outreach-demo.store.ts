import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Expert } from './directory/expert.entity';
import type { MenuItemContent } from './menu/menu-item.entity';
import type { OutreachOrder } from './orders/order.entity';

/** An expert of the pool, with their account. */
export type DemoExpertRow = Pick<
  Expert,
  | 'accountId'
  | 'name'
  | 'title'
  | 'organisationName'
  | 'fields'
  | 'regionCode'
  | 'districtCodes'
  | 'languages'
  | 'profile'
  | 'publicProfile'
>;

/** An order at its stage, with the times the workflow would have left on it. */
export type DemoOrderRow = Pick<
  OutreachOrder,
  | 'menuItemId'
  | 'ordererId'
  | 'orderedBy'
  | 'topic'
  | 'audience'
  | 'headcount'
  | 'address'
  | 'latitude'
  | 'longitude'
  | 'regionCode'
  | 'windowFrom'
  | 'windowTo'
  | 'notes'
  | 'status'
  | 'providerId'
  | 'dispatchedAt'
  | 'takenAt'
  | 'rating'
  | 'ratingComment'
  | 'ratedAt'
  | 'createdAt'
>;

/** An activity held for an order; completed when people were reached. */
export interface DemoActivityRow {
  orderId: string;
  providerId: string;
  startsAt: Date;
  endsAt: Date;
  leadId: string;
  signCode: string;
  peopleReached: number | null;
}

/** A volunteer's sign-in and sign-out at an activity, with the minutes credited. */
export interface DemoSignInRow {
  activityId: string;
  accountId: string;
  teamId: string;
  signedInAt: Date | null;
  signedOutAt: Date | null;
  creditedMinutes: number | null;
}

/**
 * The demo's outreach rows (demo mode and tests only), written as the workflows would have left
 * them: outreach's port for the demo lib, which seeds menu items, experts, orders and activities
 * in one pass without walking each workflow.
 */
@Injectable()
export class OutreachDemoStore {
  /** How many menu items the provider offers. */
  async countMenuItemsOf(tx: EntityManager, providerId: string): Promise<number> {
    const [{ count }] = await tx.query(
      `SELECT count(*)::int AS count FROM outreach_menu_items WHERE provider_id = $1`,
      [providerId],
    );
    return count;
  }

  async insertVolunteerProfile(
    tx: EntityManager,
    profile: { accountId: string; realName: string; skills: string[]; districtCodes: string[] },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO volunteer_profiles (account_id, real_name, skills, district_codes) VALUES ($1, $2, $3, $4)`,
      [profile.accountId, profile.realName, profile.skills, profile.districtCodes],
    );
  }

  /** Inserts the item published, with its ratings; returns its id. */
  async insertPublishedMenuItem(
    tx: EntityManager,
    item: { providerId: string; content: MenuItemContent; ratings: number[]; createdBy: string },
  ): Promise<string> {
    const { providerId, content, ratings, createdBy } = item;
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

  /** Inserts the expert, approved; consented when the profile is public. */
  async insertApprovedExpert(tx: EntityManager, expert: DemoExpertRow): Promise<void> {
    await tx.query(
      `INSERT INTO outreach_experts (account_id, name, title, organisation_name, fields, region_code, district_codes,
         languages, profile, public_profile, consented_at, status, reviewed_at, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $10 THEN now() END, 'approved', now(), true)`,
      [
        expert.accountId,
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

  /** Inserts the order; returns its id. */
  async insertOrder(tx: EntityManager, order: DemoOrderRow): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO outreach_orders (menu_item_id, orderer_id, ordered_by, topic, audience, headcount, address, latitude,
         longitude, region_code, window_from, window_to, notes, status, provider_id, dispatched_at, taken_at,
         rating, rating_comment, rated_at, is_demo, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, true, $21)
       RETURNING id`,
      [
        order.menuItemId,
        order.ordererId,
        order.orderedBy,
        order.topic,
        order.audience,
        order.headcount,
        order.address,
        order.latitude,
        order.longitude,
        order.regionCode,
        order.windowFrom,
        order.windowTo,
        order.notes,
        order.status,
        order.providerId,
        order.dispatchedAt,
        order.takenAt,
        order.rating,
        order.ratingComment,
        order.ratedAt,
        order.createdAt,
      ],
    );
    return row.id;
  }

  /** Inserts the activity; returns its id. */
  async insertActivity(tx: EntityManager, activity: DemoActivityRow): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO outreach_activities (order_id, provider_id, starts_at, ends_at, lead_id, sign_code, people_reached,
         completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::int IS NOT NULL THEN $4::timestamptz END) RETURNING id`,
      [
        activity.orderId,
        activity.providerId,
        activity.startsAt,
        activity.endsAt,
        activity.leadId,
        activity.signCode,
        activity.peopleReached,
      ],
    );
    return row.id;
  }

  async insertSignIn(tx: EntityManager, signIn: DemoSignInRow): Promise<void> {
    await tx.query(
      `INSERT INTO outreach_activity_volunteers (activity_id, account_id, team_id, signed_in_at, signed_out_at,
         credited_minutes)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        signIn.activityId,
        signIn.accountId,
        signIn.teamId,
        signIn.signedInAt,
        signIn.signedOutAt,
        signIn.creditedMinutes,
      ],
    );
  }
}
