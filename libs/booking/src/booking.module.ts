import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { NotifyModule } from '@kepu/notify';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { BookingsController, CheckInController } from './booking.controllers';
import { BookingPolicies } from './booking.policies';
import { BOOKING_ENTITIES } from './bookings/booking.entity';
import { BookingViews } from './bookings/booking-views';
import { BookingsService } from './bookings/bookings.service';
import { SlotCancellationConsumer } from './bookings/slot-cancellation.consumer';
import { Waitlist } from './bookings/waitlist';
import { CheckInService } from './check-in/check-in.service';
import { CounterCheckJob } from './jobs/counter-check.job';
import { NoShowJob } from './jobs/no-show.job';
import { PersonalDataPurgeJob } from './jobs/personal-data-purge.job';
import { ReminderJob } from './jobs/reminder.job';

/** Bookings of slots by families: capacity, waitlist, check-in, no-shows and their notifications. */
@Module({
  imports: [TypeOrmModule.forFeature(BOOKING_ENTITIES), IdentityModule, RegisterModule, ScheduleModule, NotifyModule],
  controllers: [BookingsController, CheckInController],
  providers: [
    BookingPolicies,
    BookingViews,
    Waitlist,
    BookingsService,
    CheckInService,
    SlotCancellationConsumer,
    NoShowJob,
    PersonalDataPurgeJob,
    ReminderJob,
    CounterCheckJob,
  ],
  exports: [BookingsService],
})
export class BookingModule {}
