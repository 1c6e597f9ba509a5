import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppError, AuditService, CoreErrors, KEPU_CONFIG, KepuConfig, queriesOn } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { Resource } from '@kepu/register';
import { shanghaiIso, shanghaiToday, Slot } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { Booking, SEAT_HOLDING } from '../bookings/booking.entity';
import { normaliseBookingCode } from '../bookings/booking-code';
import { BookingViews } from '../bookings/booking-views';
import { BookingView, SlotArrivalsView } from '../bookings/booking.views';
import { CheckInDto } from '../bookings/bookings.dto';

/** The entrance: checking a code in, and each slot's list of who is expected and who has arrived. */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly views: BookingViews,
    private readonly audit: AuditService,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  /**
   * Admits a confirmed booking, today, from `checkInEarlyMinutes` before its slot until the slot
   * ends. The row lock makes a double scan at two gates one check-in and one 409. A school group's
   * code admits the whole group, with the headcount that actually came.
   */
  async checkIn(
    actor: Actor,
    { code, headcount }: CheckInDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<BookingView> {
    return this.dataSource.transaction(async (tx) => {
      const booking = await tx.findOne(Booking, {
        where: { code: normaliseBookingCode(code) },
        lock: { mode: 'pessimistic_write' },
      });
      // The policy hides another venue's booking with this very answer: a code tells nobody it is real.
      if (!booking) throw new AppError(CoreErrors.NOT_FOUND);
      const loaded = await this.views.one(tx, booking);
      const { slot, resource } = loaded;
      await this.policy.authorize(actor, 'booking.check_in', resource);
      if (booking.status === 'checked_in') {
        throw new AppError(BookingErrors.ALREADY_CHECKED_IN, { checkedInAt: shanghaiIso(booking.checkedInAt as Date) });
      }
      if (booking.status === 'no_show') throw new AppError(BookingErrors.CHECK_IN_CLOSED);
      if (booking.status !== 'confirmed') {
        throw new AppError(BookingErrors.BOOKING_NOT_CONFIRMED, { status: booking.status });
      }
      if (booking.visitDate !== shanghaiToday(now)) {
        throw new AppError(BookingErrors.NOT_TODAY, { visitDate: booking.visitDate });
      }
      const opensAt = new Date(slot.startsAt.getTime() - this.config.booking.checkInEarlyMinutes * 60_000);
      if (now < opensAt) throw new AppError(BookingErrors.CHECK_IN_NOT_OPEN, { opensAt: shanghaiIso(opensAt) });
      if (now >= slot.endsAt) throw new AppError(BookingErrors.CHECK_IN_CLOSED);
      if (headcount !== undefined && headcount > booking.partySize) {
        throw new AppError(BookingErrors.HEADCOUNT_TOO_LARGE, { partySize: booking.partySize });
      }
      if (booking.kind === 'group' && loaded.offering.realName && !loaded.visitors.length) {
        throw new AppError(BookingErrors.NAME_LIST_MISSING);
      }
      await tx.query(
        `UPDATE bookings SET status = 'checked_in', checked_in_at = $2, checked_in_by = $3, checked_in_count = $4
          WHERE id = $1`,
        [booking.id, now, actor.accountId, headcount ?? booking.partySize],
      );
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'booking.checked_in',
          subjectType: 'booking',
          subjectId: booking.id,
          details: { resourceId: resource.id, slotId: slot.id, partySize: booking.partySize },
          correlationId,
        },
        tx,
      );
      const checkedIn = await tx.findOneByOrFail(Booking, { id: booking.id });
      return this.views.render(tx, { ...loaded, booking: checkedIn }, now);
    });
  }

  /** Everyone holding a place in a slot, arrived or not, with totals, for the venue's staff. */
  async arrivals(actor: Actor, slotId: string): Promise<SlotArrivalsView> {
    const manager = this.dataSource.manager;
    const slot = await manager.findOneBy(Slot, { id: slotId });
    if (!slot) throw new AppError(CoreErrors.NOT_FOUND);
    const resource = await manager.findOneByOrFail(Resource, { id: slot.resourceId });
    await this.policy.authorize(actor, 'booking.arrivals', resource);
    const bookings = await manager.find(Booking, {
      where: { slotId, status: In([...SEAT_HOLDING, 'waitlisted']) },
      order: { createdAt: 'ASC' },
    });
    const views = await queriesOn(
      manager,
      (await this.views.load(manager, bookings)).map((b) => () => this.views.render(manager, b)),
    );
    const people = (status: string) =>
      views.filter((v) => v.status === status).reduce((sum, v) => sum + v.partySize, 0);
    return {
      slotId,
      start: shanghaiIso(slot.startsAt),
      end: shanghaiIso(slot.endsAt),
      capacity: slot.capacity,
      booked: slot.booked,
      groupCapacity: slot.groupCapacity,
      groupBooked: slot.groupBooked,
      totals: {
        expected: people('confirmed') + people('checked_in') + people('no_show'),
        arrived: views.reduce((sum, v) => sum + (v.headcount ?? 0), 0),
        waiting: people('confirmed'),
        noShow: people('no_show'),
        waitlisted: people('waitlisted'),
      },
      bookings: views,
    };
  }
}
