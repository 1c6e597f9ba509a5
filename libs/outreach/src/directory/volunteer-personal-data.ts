import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection, queriesOn } from '@kepu/core';
import { shanghaiIso } from '@kepu/schedule';
import { ACTIVITY_TITLE } from '../activities/activities.service';
import type { OrderStatus } from '../orders/order.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import { VolunteersService } from './volunteers.service';

/** volunteerHours.csv: one row per activity joined and per hand-added entry, headers in Chinese and English. */
const HOURS_HEADER = [
  '来源 Source',
  '团队 Team',
  '活动或事由 Activity or reason',
  '开始 Start',
  '签到 Signed in',
  '签退 Signed out',
  '计入分钟 Minutes credited',
  '补录时间 Added at',
];

/**
 * What outreach holds about a person (PIPL arts. 45 and 47): their volunteer profile, the
 * activities they joined with sign-in, sign-out and credited minutes, the hours administrators
 * added for them by hand, the orders they placed and the activities they lead.
 * Deleting the account deletes the profile (the real name and skills) and takes them off
 * activities still to come that they have not signed in to; their attendance and hand-added hours
 * stay, under the anonymised account, as they count in the volunteer statistics. Orders and
 * activities belong to the school, community or provider they were made for, not to the person:
 * they stay as they are, showing the account's erased name.
 */
@Injectable()
export class VolunteerPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const manager = this.dataSource.manager;
    const [record, orders, led] = await queriesOn(manager, [
      () => this.volunteers.recordOf(accountId),
      () =>
        manager.query(
          `SELECT o.id, o.topic, org.name AS orderer, o.status, o.window_from AS "windowFrom",
                  o.window_to AS "windowTo", o.created_at AS "orderedAt", o.cancelled_at AS "cancelledAt"
             FROM outreach_orders o JOIN organisation_names org ON org.id = o.orderer_id
            WHERE o.ordered_by = $1 ORDER BY o.created_at DESC, o.id`,
          [accountId],
        ) as Promise<OrderRow[]>,
      () =>
        manager.query(
          `SELECT a.id, a.order_id AS "orderId", ${ACTIVITY_TITLE} AS title, o.topic, org.name AS orderer,
                  o.status AS "orderStatus", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
                  a.completed_at AS "completedAt"
             FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id
             LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
             JOIN organisation_names org ON org.id = o.orderer_id
            WHERE a.lead_id = $1 ORDER BY a.starts_at DESC, a.id`,
          [accountId],
        ) as Promise<LedRow[]>,
    ]);
    const { profile, activities, manualEntries } = record;
    return [
      { name: 'volunteerProfile', data: profile },
      {
        name: 'volunteerHours',
        data: { teams: record.teams, totals: record.totals, activities, manualEntries },
        table: [
          HOURS_HEADER,
          ...activities.map((a) => [
            '签到 signed in',
            a.teamName,
            a.title,
            a.startsAt,
            a.signedInAt ?? '',
            a.signedOutAt ?? '',
            a.creditedMinutes ?? '',
            '',
          ]),
          ...manualEntries.map((m) => ['补录 added by hand', m.teamName, m.reason, '', '', '', m.minutes, m.addedAt]),
        ],
      },
      {
        name: 'outreachOrders',
        data: orders.map((o) => ({
          ...o,
          orderedAt: shanghaiIso(o.orderedAt),
          cancelledAt: o.cancelledAt && shanghaiIso(o.cancelledAt),
        })),
      },
      {
        name: 'outreachActivitiesLed',
        data: led.map((a) => ({
          ...a,
          startsAt: shanghaiIso(a.startsAt),
          endsAt: shanghaiIso(a.endsAt),
          completedAt: a.completedAt && shanghaiIso(a.completedAt),
        })),
      },
    ];
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await tx.delete(VolunteerProfile, { accountId });
    await tx.query(
      `DELETE FROM outreach_activity_volunteers v USING outreach_activities a
        WHERE a.id = v.activity_id AND v.account_id = $1 AND v.signed_in_at IS NULL AND a.starts_at > now()`,
      [accountId],
    );
  }
}

/** An order the person placed for their school or community. */
interface OrderRow {
  id: string;
  topic: string;
  orderer: string;
  status: OrderStatus;
  windowFrom: string;
  windowTo: string;
  orderedAt: Date;
  cancelledAt: Date | null;
}

/** An activity the person leads for its provider. */
interface LedRow {
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
