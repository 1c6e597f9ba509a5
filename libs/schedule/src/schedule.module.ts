import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule, ResourceViewExtensions } from '@kepu/register';
import { CalendarDayRecord, CalendarYear } from './calendar/calendar.entity';
import { CalendarService } from './calendar/calendar.service';
import { CalendarStore } from './calendar/calendar.store';
import { OPENING_HOURS_ENTITIES } from './hours/opening-hours.entity';
import { OpeningHoursService } from './hours/opening-hours.service';
import { OpenDates } from './hours/open-dates';
import { OpeningHoursStore } from './hours/opening-hours.store';
import { Offering } from './offerings/offering.entity';
import { OfferingsService } from './offerings/offerings.service';
import { OfferingsMergeStep } from './offerings/offerings-merge-step';
import { OfferingsStore } from './offerings/offerings.store';
import { CalendarController, OfferingsController, ResourceScheduleController } from './schedule.controller';
import { SchedulePolicies } from './schedule.policies';
import { ScheduledResources } from './scheduled-resources';
import { SlotHorizonJob } from './slots/slot-horizon.job';
import { Slot } from './slots/slot.entity';
import { SlotPlanner } from './slots/slot-planner.service';
import { SlotsStore } from './slots/slots.store';

/** Open hours, the holiday calendar, offerings and their timed slots. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CalendarYear, CalendarDayRecord, ...OPENING_HOURS_ENTITIES, Offering, Slot]),
    IdentityModule,
    RegisterModule,
  ],
  controllers: [ResourceScheduleController, OfferingsController, CalendarController],
  providers: [
    SchedulePolicies,
    ScheduledResources,
    CalendarStore,
    CalendarService,
    OpeningHoursStore,
    OfferingsStore,
    SlotsStore,
    OpeningHoursService,
    OpenDates,
    SlotPlanner,
    OfferingsService,
    OfferingsMergeStep,
    SlotHorizonJob,
  ],
  exports: [OfferingsService, OpeningHoursService, OpenDates, SlotPlanner, SlotsStore, OfferingsStore],
})
export class ScheduleModule implements OnModuleInit {
  constructor(
    private readonly extensions: ResourceViewExtensions,
    private readonly hours: OpeningHoursService,
    private readonly offerings: OfferingsService,
  ) {}

  /** A venue's page shows its hours and what can be booked. */
  onModuleInit(): void {
    this.extensions.register(async (resource) => ({
      openingHours: await this.hours.view(resource.id),
      offerings: await this.offerings.listed(resource.id),
    }));
  }
}
