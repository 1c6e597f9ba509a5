import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, PersonalDataHolder, PersonalDataRegistry, PersonalDataSection, queriesOn } from '@kepu/core';
import { shanghaiIso } from '@kepu/schedule';
import { BookingErrors } from './booking-errors';
import { BookingPersonalDataStore } from './booking-personal-data.store';
import { BansStore } from './bookings/bans.store';
import { BookingsStore } from './bookings/bookings.store';
import { BookingViews } from './bookings/booking-views.service';
import { BookingView } from './bookings/booking.views';
import { BookingsService } from './bookings/bookings.service';
import { GroupVisitViews } from './groups/group-visit-views.service';
import { SavedVisitors } from './saved-visitors/saved-visitors.service';

const when = (at: Date | null) => (at ? shanghaiIso(at) : '');

/** bookings.csv: the columns a person reads their bookings in, headers in Chinese and English. */
const BOOKING_COLUMNS: [string, (b: BookingView) => unknown][] = [
  ['预约码 Code', (b) => b.code],
  ['状态 Status', (b) => b.status],
  ['场馆 Venue', (b) => b.venue.name],
  ['项目 Offering', (b) => b.offering.title],
  ['开始 Start', (b) => b.start],
  ['结束 End', (b) => b.end],
  ['人数 Party', (b) => b.partySize],
  ['参观人 Visitors', (b) => b.visitors.map((v) => [v.name ?? '—', v.idNumber].filter(Boolean).join(' ')).join('; ')],
  ['联系电话 Contact phone', (b) => b.contactPhone ?? ''],
  ['电话已验证 Phone verified', (b) => (b.contactPhoneVerified ? '是 yes' : '否 no')],
  ['预约时间 Booked at', (b) => when(b.createdAt)],
  ['入场时间 Checked in at', (b) => when(b.checkedInAt)],
  ['入场人数 Headcount', (b) => b.headcount ?? ''],
  ['取消时间 Cancelled at', (b) => when(b.cancelledAt)],
  ['取消方 Cancelled by', (b) => b.cancelledBy ?? ''],
];

/**
 * What booking holds about a person (PIPL arts. 45 and 47): their family bookings (visitors' ID
 * numbers and the contact phone masked, as the API shows them), waitlist entries, the group visits
 * they lead as a teacher (with the name list's counts, not the children on it) and no-show bans.
 * Deleting the account cancels what is still to come, anonymises the rest (the bookings, their
 * party sizes and check-ins still count in statistics) and lifts bans; a teacher hands open group
 * visits over to a colleague (POST /group-visits/{id}/hand-over) or cancels them first.
 */
@Injectable()
export class BookingPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: BookingPersonalDataStore,
    private readonly bookingsStore: BookingsStore,
    private readonly bansStore: BansStore,
    private readonly bookings: BookingsService,
    private readonly bookingViews: BookingViews,
    private readonly groupViews: GroupVisitViews,
    private readonly savedVisitors: SavedVisitors,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const manager = this.dataSource.manager;
    const [bookings, visits, bans] = await queriesOn(manager, [
      () => this.bookingsStore.familyBookingsOf(accountId, manager),
      () => this.store.groupVisitsOf(accountId, manager),
      () => this.bansStore.ofAccount(accountId, manager),
    ]);
    const views = await queriesOn(
      manager,
      (await this.bookingViews.load(manager, bookings)).map((b) => () => this.bookingViews.render(manager, b)),
    );
    return [
      {
        name: 'bookings',
        data: views,
        table: [
          BOOKING_COLUMNS.map(([header]) => header),
          ...views.map((b) => BOOKING_COLUMNS.map(([, value]) => value(b))),
        ],
      },
      {
        name: 'waitlist',
        data: views
          .filter((b) => b.status === 'waitlisted')
          .map((b) => ({
            bookingId: b.id,
            venue: b.venue.name,
            offering: b.offering.title,
            start: b.start,
            partySize: b.partySize,
            position: b.waitlistPosition,
            joinedAt: b.createdAt,
          })),
      },
      {
        name: 'groupVisits',
        data: (await this.groupViews.load(manager, visits)).map((v) => this.groupViews.render(v)),
      },
      {
        name: 'savedVisitors',
        data: await this.savedVisitors.list(accountId),
      },
      {
        name: 'noShowBans',
        data: bans.map((ban) => ({ ...ban, createdAt: shanghaiIso(ban.createdAt), endsAt: shanghaiIso(ban.endsAt) })),
      },
    ];
  }

  /** Group visits still pending or still to come need a teacher: the school would be left without one to answer. */
  async assertErasable(accountId: string, tx: EntityManager): Promise<void> {
    const count = await this.store.openGroupVisitsOf(tx, accountId);
    if (count) throw new AppError(BookingErrors.GROUP_VISITS_OPEN, { count });
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await this.bookings.cancelAllOf(tx, accountId);
    await this.store.anonymise(tx, accountId);
    await this.bansStore.liftAllOf(tx, accountId);
    await this.savedVisitors.eraseAll(tx, accountId);
  }
}
