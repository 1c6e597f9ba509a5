import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection } from '@kepu/core';
import { shanghaiIso } from '@kepu/schedule';
import { ActivitiesStore } from '../activities/activities.store';
import { OrdersStore } from '../orders/orders.store';
import { VolunteersService } from './volunteers.service';
import { VolunteersStore } from './volunteers.store';

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
    private readonly volunteers: VolunteersService,
    private readonly volunteersStore: VolunteersStore,
    private readonly orders: OrdersStore,
    private readonly activities: ActivitiesStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const [record, orders, led] = await Promise.all([
      this.volunteers.recordOf(accountId),
      this.orders.placedBy(accountId),
      this.activities.ledBy(accountId),
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
    await this.volunteersStore.deleteProfile(tx, accountId);
    await this.activities.leaveComing(tx, accountId);
  }
}
