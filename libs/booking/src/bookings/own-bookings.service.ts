import { Injectable } from '@nestjs/common';
import { AppError, fieldProblem, maskPhone } from '@kepu/core';
import { Actor } from '@kepu/identity';
import { addDays, daysBetween, ScheduleErrors, shanghaiToday } from '@kepu/schedule';
import { BookingProblems } from '../booking-problems';
import { BookingsStore } from './bookings.store';
import { ContactPhones } from './contact-phones';
import { HeldDaysQueryDto } from './own-bookings.dto';
import { HeldDayView, RememberedPhoneView } from './own-bookings.views';

/** The longest span asked at once, as the availability it is read beside. */
const MAX_DAYS = 62;

/**
 * The caller's own bookings as the booking form needs them before the last step: the days an
 * offering is already booked (one booking per account, offering and day), and the phone last given.
 */
@Injectable()
export class OwnBookings {
  constructor(
    private readonly bookings: BookingsStore,
    private readonly contactPhones: ContactPhones,
  ) {}

  /**
   * The caller's bookings at a venue from `from` to `to` that hold their day: the statuses of the
   * per-account unique index (bookings_one_per_account_offering_day), which refuses another.
   */
  async heldDays(actor: Actor, query: HeldDaysQueryDto, now = new Date()): Promise<HeldDayView[]> {
    const from = query.from ?? shanghaiToday(now);
    const to = query.to ?? addDays(from, 13);
    if (to < from || daysBetween(from, to) >= MAX_DAYS) {
      throw new AppError(ScheduleErrors.INVALID_DATE_RANGE, [
        fieldProblem('to', BookingProblems.DATES_TOO_FAR_APART, { from, to, days: MAX_DAYS }),
      ]);
    }
    return this.bookings.heldDays(actor.accountId, query.resourceId, from, to);
  }

  async rememberedPhone(actor: Actor): Promise<RememberedPhoneView> {
    const { phone, proven } = await this.contactPhones.lastGiven(actor.accountId);
    return { phone: phone && maskPhone(phone), proven };
  }
}
