import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { NotifyModule } from '@kepu/notify';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { BookingsController } from './bookings/bookings.controller';
import { CheckInController } from './check-in/check-in.controller';
import { BookingDeskController } from './desk/booking-desk.controller';
import { WalkInsController } from './desk/walk-ins.controller';
import { SavedVisitorsController } from './saved-visitors/saved-visitors.controller';
import { WalkIns } from './desk/walk-ins.service';
import { SavedVisitors } from './saved-visitors/saved-visitors.service';
import { BookingDesk } from './desk/booking-desk.service';
import { AgreementsService } from './groups/agreements.service';
import { GroupAgreementsController } from './groups/agreements.controller';
import { GroupVisitsController } from './groups/group-visits.controller';
import { GroupPolicies } from './groups/group.policies';
import { GROUP_ENTITIES } from './groups/group-visit.entity';
import { GroupNotices } from './groups/group-notices';
import { GroupVisitViews } from './groups/group-visit-views.service';
import { GroupVisitsService } from './groups/group-visits.service';
import { NameListService } from './groups/name-list.service';
import { GroupVisitExpiryJob } from './jobs/group-visit-expiry.job';
import { BookingPersonalData } from './booking-personal-data';
import { BookingPolicies } from './booking.policies';
import { BOOKING_ENTITIES } from './bookings/booking.entity';
import { BookingViews } from './bookings/booking-views.service';
import { BookingsService } from './bookings/bookings.service';
import { RescheduleService } from './bookings/reschedule.service';
import { BookingsMergeStep } from './bookings/bookings-merge-step';
import { ContactPhones } from './bookings/contact-phones';
import { OwnBookingsController } from './bookings/own-bookings.controller';
import { OwnBookings } from './bookings/own-bookings.service';
import { RushGate } from './bookings/rush-gate';
import { SlotCancellationConsumer } from './bookings/slot-cancellation.consumer';
import { SlotCapacityConsumer } from './bookings/slot-capacity.consumer';
import { Waitlist } from './bookings/waitlist';
import { CheckInService } from './check-in/check-in.service';
import { OperatorDayController } from './day/operator-day.controller';
import { OperatorDay } from './day/operator-day.service';
import { CounterCheckJob } from './jobs/counter-check.job';
import { NoShowJob } from './jobs/no-show.job';
import { PersonalDataPurgeJob } from './jobs/personal-data-purge.job';
import { ReminderJob } from './jobs/reminder.job';
import { WaitlistSweepJob } from './jobs/waitlist-sweep.job';
import { BookingPersonalDataStore } from './booking-personal-data.store';
import { BansStore } from './bookings/bans.store';
import { BookingsStore } from './bookings/bookings.store';
import { RushGateStore } from './bookings/rush-gate.store';
import { VenueMergeStore } from './bookings/venue-merge.store';
import { WaitlistStore } from './bookings/waitlist.store';
import { CheckInStore } from './check-in/check-in.store';
import { OperatorDayStore } from './day/operator-day.store';
import { BookingDeskStore } from './desk/booking-desk.store';
import { WalkInsStore } from './desk/walk-ins.store';
import { CounterCheckStore } from './jobs/counter-check.store';
import { SavedVisitorsStore } from './saved-visitors/saved-visitors.store';
import { AgreementsStore } from './groups/agreements.store';
import { GroupBookingsStore } from './groups/group-bookings.store';
import { GroupPlaces } from './groups/group-places';
import { GroupReferences } from './groups/group-references';
import { GroupVisitsStore } from './groups/group-visits.store';

/**
 * Bookings of slots: families' (capacity, waitlist, no-shows) and school groups' (requests,
 * approval into the group quota, name lists, agreements, feedback); check-in and notifications.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...BOOKING_ENTITIES, ...GROUP_ENTITIES]),
    IdentityModule,
    RegisterModule,
    ScheduleModule,
    NotifyModule,
  ],
  controllers: [
    BookingsController,
    OwnBookingsController,
    CheckInController,
    BookingDeskController,
    WalkInsController,
    OperatorDayController,
    SavedVisitorsController,
    GroupVisitsController,
    GroupAgreementsController,
  ],
  providers: [
    GroupPolicies,
    GroupVisitViews,
    GroupNotices,
    AgreementsService,
    GroupVisitsService,
    NameListService,
    GroupVisitExpiryJob,
    BookingPolicies,
    BookingViews,
    BookingDesk,
    WalkIns,
    SavedVisitors,
    Waitlist,
    RescheduleService,
    ContactPhones,
    RushGate,
    BookingsService,
    OwnBookings,
    BookingsMergeStep,
    BookingPersonalData,
    CheckInService,
    OperatorDay,
    SlotCancellationConsumer,
    SlotCapacityConsumer,
    NoShowJob,
    PersonalDataPurgeJob,
    ReminderJob,
    CounterCheckJob,
    WaitlistSweepJob,
    // Stores: every query of bookings, visitors, bans, walk-ins and saved visitors outside groups/.
    BookingsStore,
    BansStore,
    WaitlistStore,
    RushGateStore,
    VenueMergeStore,
    BookingPersonalDataStore,
    CheckInStore,
    OperatorDayStore,
    BookingDeskStore,
    WalkInsStore,
    CounterCheckStore,
    SavedVisitorsStore,
    // Group visits' and agreements' stores, and the places they hold.
    GroupVisitsStore,
    AgreementsStore,
    GroupBookingsStore,
    GroupReferences,
    GroupPlaces,
  ],
  exports: [BookingsService],
})
export class BookingModule {}
