import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, IsNull, Not } from 'typeorm';
import type { VolunteerActivityView } from '../directory/volunteers.views';
import type { OrderStatus } from '../orders/order.entity';
import { Activity, ActivityVolunteer } from './activity.entity';

/** An activity's title in SQL, from `outreach_orders o LEFT JOIN outreach_menu_items m`: the menu item's, or the free request's topic. */
const ACTIVITY_TITLE = `coalesce(m.published_content->>'title', o.topic)`;

/** An activity with its order and names, as one query reads it for the views and the texts. */
export interface ActivityRow {
  id: string;
  orderId: string;
  orderStatus: OrderStatus;
  ordererId: string;
  orderedBy: string;
  menuItemId: string | null;
  title: string;
  topic: string;
  address: string;
  regionCode: string;
  providerId: string;
  providerName: string;
  ordererName: string;
  startsAt: Date;
  endsAt: Date;
  leadId: string;
  signCode: string;
  peopleReached: number | null;
  completedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  volunteerCount: number;
  joined: boolean;
  signedInAt: Date | null;
  signedOutAt: Date | null;
  creditedMinutes: number | null;
}

/** A volunteer of an activity, with the real name of their profile. */
export interface ActivityVolunteerRow {
  accountId: string;
  realName: string | null;
  joinedAt: Date;
  signedInAt: Date | null;
  signedOutAt: Date | null;
  creditedMinutes: number | null;
}

/** An activity a volunteer joined, before times are written out. */
export type AttendanceRow = Omit<VolunteerActivityView, 'startsAt' | 'endsAt' | 'signedInAt' | 'signedOutAt'> & {
  startsAt: Date;
  endsAt: Date;
  signedInAt: Date | null;
  signedOutAt: Date | null;
};

/** An activity a person leads for its provider. */
export interface LedActivityRow {
  id: string;
  orderId: string;
  title: string;
  topic: string;
  orderer: string;
  orderStatus: OrderStatus;
  startsAt: Date;
  endsAt: Date;
  completedAt: Date | null;
}

/** Activities held for orders, `outreach_activities`, and their volunteers, `outreach_activity_volunteers`. */
@Injectable()
export class ActivitiesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The order's activity, if it has one, locked for its change. */
  lockOfOrder(tx: EntityManager, orderId: string): Promise<Activity | null> {
    return tx.findOne(Activity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The activity of an order that has one; locked for its change with `lock`. */
  getOfOrder(tx: EntityManager, orderId: string, lock = false): Promise<Activity> {
    return tx.findOneOrFail(Activity, {
      where: { orderId },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
  }

  /** The activity, share-locked: a move or a completion waits for the volunteer's change. */
  lockShared(tx: EntityManager, id: string): Promise<Activity | null> {
    return tx.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  isOfProvider(tx: EntityManager, id: string, providerId: string): Promise<boolean> {
    return tx.existsBy(Activity, { id, providerId });
  }

  create(tx: EntityManager, fields: DeepPartial<Activity>): Promise<Activity> {
    return tx.save(tx.create(Activity, fields));
  }

  save(tx: EntityManager, activity: Activity): Promise<Activity> {
    return tx.save(activity);
  }

  async delete(tx: EntityManager, id: string): Promise<void> {
    await tx.delete(Activity, { id });
  }

  async deleteOfOrder(tx: EntityManager, orderId: string): Promise<void> {
    await tx.delete(Activity, { orderId });
  }

  /** Whether a volunteer signed in to the activity. */
  anySignedIn(tx: EntityManager, activityId: string): Promise<boolean> {
    return tx.existsBy(ActivityVolunteer, { activityId, signedInAt: Not(IsNull()) });
  }

  volunteers(tx: EntityManager, activityId: string): Promise<ActivityVolunteer[]> {
    return tx.findBy(ActivityVolunteer, { activityId });
  }

  /** The volunteers signed in and not out, locked. */
  lockStillSignedIn(tx: EntityManager, activityId: string): Promise<ActivityVolunteer[]> {
    return tx.find(ActivityVolunteer, {
      where: { activityId, signedInAt: Not(IsNull()), signedOutAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The volunteer's own row, locked, if they joined. */
  lockVolunteer(tx: EntityManager, activityId: string, accountId: string): Promise<ActivityVolunteer | null> {
    return tx.findOne(ActivityVolunteer, { where: { activityId, accountId }, lock: { mode: 'pessimistic_write' } });
  }

  async addVolunteer(tx: EntityManager, row: Partial<ActivityVolunteer>): Promise<void> {
    await tx.insert(ActivityVolunteer, row);
  }

  async updateVolunteer(
    tx: EntityManager,
    activityId: string,
    accountId: string,
    fields: Partial<ActivityVolunteer>,
  ): Promise<void> {
    await tx.update(ActivityVolunteer, { activityId, accountId }, fields);
  }

  async removeVolunteer(tx: EntityManager, activityId: string, accountId: string): Promise<void> {
    await tx.delete(ActivityVolunteer, { activityId, accountId });
  }

  /** The accounts of the volunteers who joined the order's activity. */
  async volunteersOfOrder(tx: EntityManager, orderId: string): Promise<string[]> {
    const volunteers: { accountId: string }[] = await tx.query(
      `SELECT v.account_id AS "accountId" FROM outreach_activity_volunteers v
             JOIN outreach_activities a ON a.id = v.activity_id WHERE a.order_id = $1`,
      [orderId],
    );
    return volunteers.map((v) => v.accountId);
  }

  /**
   * A page of the coming activities (orders in these states, not yet over) of these providers,
   * soonest first, and the number of them.
   */
  async pageComing(
    providerIds: string[],
    statuses: readonly OrderStatus[],
    now: Date,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ ids: string[]; total: number }> {
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT a.id, count(*) OVER ()::int AS total
         FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id
        WHERE a.provider_id = ANY($1) AND o.status = ANY($2) AND a.ends_at > $3
        ORDER BY a.starts_at, a.id
        LIMIT ${limit} OFFSET ${offset}`,
      [providerIds, statuses, now],
    );
    return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
  }

  /** Activities with their order, names and counts, and the viewer's own participation, in no particular order. */
  rows(ids: string[], viewerId: string, manager: EntityManager = this.dataSource.manager): Promise<ActivityRow[]> {
    return manager.query(
      `SELECT a.id, a.order_id AS "orderId", o.status AS "orderStatus", o.orderer_id AS "ordererId",
              o.ordered_by AS "orderedBy", o.menu_item_id AS "menuItemId", ${ACTIVITY_TITLE} AS title, o.topic,
              o.address, o.region_code AS "regionCode", a.provider_id AS "providerId", p.name AS "providerName",
              orderer.name AS "ordererName", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.lead_id AS "leadId",
              a.sign_code AS "signCode", a.people_reached AS "peopleReached",
              a.completed_at AS "completedAt", o.rating, o.rating_comment AS "ratingComment", o.rated_at AS "ratedAt",
              (SELECT count(*)::int FROM outreach_activity_volunteers c WHERE c.activity_id = a.id) AS "volunteerCount",
              me.account_id IS NOT NULL AS joined, me.signed_in_at AS "signedInAt", me.signed_out_at AS "signedOutAt",
              me.credited_minutes AS "creditedMinutes"
         FROM outreach_activities a
         JOIN outreach_orders o ON o.id = a.order_id
         LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
         JOIN organisation_names p ON p.id = a.provider_id
         JOIN organisation_names orderer ON orderer.id = o.orderer_id
         LEFT JOIN outreach_activity_volunteers me ON me.activity_id = a.id AND me.account_id = $2
        WHERE a.id = ANY($1)`,
      [ids, viewerId],
    );
  }

  /** The activity's volunteers in the order they joined. */
  volunteerRows(activityId: string, manager: EntityManager = this.dataSource.manager): Promise<ActivityVolunteerRow[]> {
    return manager.query(
      `SELECT v.account_id AS "accountId", vp.real_name AS "realName", v.joined_at AS "joinedAt",
              v.signed_in_at AS "signedInAt", v.signed_out_at AS "signedOutAt", v.credited_minutes AS "creditedMinutes"
         FROM outreach_activity_volunteers v
         LEFT JOIN volunteer_profiles vp ON vp.account_id = v.account_id
        WHERE v.activity_id = $1 ORDER BY v.joined_at, v.account_id`,
      [activityId],
    );
  }

  /** The activities an account joined, latest first, with its sign-in, sign-out and credited minutes. */
  attendanceOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<AttendanceRow[]> {
    return manager.query(
      `SELECT v.activity_id AS "activityId", a.order_id AS "orderId", o.status AS "orderStatus",
                  ${ACTIVITY_TITLE} AS title, o.topic, t.name AS "teamName", a.starts_at AS "startsAt",
                  a.ends_at AS "endsAt", v.signed_in_at AS "signedInAt", v.signed_out_at AS "signedOutAt",
                  v.credited_minutes AS "creditedMinutes"
             FROM outreach_activity_volunteers v JOIN outreach_activities a ON a.id = v.activity_id
             JOIN outreach_orders o ON o.id = a.order_id LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
             JOIN organisation_names t ON t.id = v.team_id
            WHERE v.account_id = $1 ORDER BY a.starts_at DESC, a.id`,
      [accountId],
    );
  }

  /** The activities an account leads, latest first. */
  ledBy(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<LedActivityRow[]> {
    return manager.query(
      `SELECT a.id, a.order_id AS "orderId", ${ACTIVITY_TITLE} AS title, o.topic, org.name AS orderer,
                  o.status AS "orderStatus", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
                  a.completed_at AS "completedAt"
             FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id
             LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
             JOIN organisation_names org ON org.id = o.orderer_id
            WHERE a.lead_id = $1 ORDER BY a.starts_at DESC, a.id`,
      [accountId],
    );
  }

  /** Takes the account off activities still to come that it has not signed in to. */
  async leaveComing(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(
      `DELETE FROM outreach_activity_volunteers v USING outreach_activities a
        WHERE a.id = v.activity_id AND v.account_id = $1 AND v.signed_in_at IS NULL AND a.starts_at > now()`,
      [accountId],
    );
  }
}
