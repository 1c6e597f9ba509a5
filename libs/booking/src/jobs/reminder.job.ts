import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { addDays, shanghaiClock, shanghaiInstant } from '@kepu/schedule';
import { BookingMessages } from '../bookings/booking-messages';
import { BookingsStore } from '../bookings/bookings.store';

/** Reminders go out from this hour (Shanghai) the day before: no texts in the night. */
const REMINDER_FROM_MINUTES = 9 * 60;

/**
 * The day before a visit, reminds visitors who booked earlier than that day (a booking made the
 * day before has just been confirmed). Each booking is reminded once.
 */
@ScheduledJob({ name: 'booking.reminders', everySeconds: 900 })
export class ReminderJob implements ScheduledJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingsStore,
    private readonly notifier: Notifier,
  ) {}

  async run(now = new Date()): Promise<void> {
    const { date: today, minutes } = shanghaiClock(now);
    if (minutes < REMINDER_FROM_MINUTES) return;
    await this.dataSource.transaction(async (tx) => {
      const due = await this.bookings.remindDue(tx, addDays(today, 1), shanghaiInstant(today, 0));
      for (const booking of due) {
        await this.notifier.send(BookingMessages.reminder(booking), tx);
      }
    });
  }
}
