import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { CalendarYearDto, CalendarYearParam } from './calendar/calendar.dto';
import { CalendarService } from './calendar/calendar.service';
import { CalendarYearView } from './calendar/calendar.views';
import { AffectedSlotsQueryDto, DaysQueryDto, OpeningHoursDto } from './hours/opening-hours.dto';
import { OpeningHoursService } from './hours/opening-hours.service';
import { OpeningHoursChangeView, OpeningHoursPreviewView, OpeningHoursView } from './hours/opening-hours.views';
import { AvailabilityQueryDto, OfferingDto, OfferingPatchDto } from './offerings/offerings.dto';
import { OfferingsService } from './offerings/offerings.service';
import { OfferingChangeView, OfferingView, SlotAvailability } from './offerings/offerings.views';
import { ScheduleErrors } from './schedule-errors';

/** Hours that contradict themselves (opening-hours.ts, hoursProblems). */
const HOURS_PROBLEMS = [
  ScheduleErrors.INVERTED_RANGE,
  ScheduleErrors.DUPLICATE_DAY,
  ScheduleErrors.OVERLAPPING_RANGES,
  ScheduleErrors.OVERLAPPING_SEASONS,
  ScheduleErrors.EXCEPTION_IN_PAST,
  ScheduleErrors.DUPLICATE_EXCEPTION,
  ScheduleErrors.EXCEPTION_AMBIGUOUS,
];

/** Slots that do not fit the venue's hours (slot-plan.ts, hoursMisfit). */
const MISFITS = [ScheduleErrors.SLOT_LENGTH_MISMATCH, ScheduleErrors.START_OUTSIDE_HOURS];

/** Offering rules that contradict each other or the venue's hours (OfferingsService.check). */
const OFFERING_PROBLEMS = [
  ScheduleErrors.EVENT_NEEDS_DATES,
  ScheduleErrors.INVALID_PARTY_SIZE,
  ScheduleErrors.INVALID_GROUP_RULES,
  ScheduleErrors.INVALID_AGE_RANGE,
  ScheduleErrors.INVALID_DATE_RANGE,
  ScheduleErrors.INVERTED_RANGE,
  ScheduleErrors.STARTS_OVERLAP,
  ...MISFITS,
  ScheduleErrors.HOURS_NOT_SET,
];

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('resources/:id')
export class ResourceScheduleController {
  constructor(
    private readonly hours: OpeningHoursService,
    private readonly offerings: OfferingsService,
  ) {}

  /** The rules, today's hours, open now, the next opening and the next days, in Shanghai time. */
  @Public()
  @Get('opening-hours')
  getHours(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Query() query: DaysQueryDto,
  ): Promise<OpeningHoursView> {
    return this.hours.get(actor, id, query.days);
  }

  /** Replaces a venue's opening hours and replans its slots; booked slots the change drops need `onAffectedSlots`. */
  @Put('opening-hours')
  @ApiErrors(...HOURS_PROBLEMS, ...MISFITS, ScheduleErrors.SLOTS_HAVE_BOOKINGS)
  putHours(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OpeningHoursDto,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OpeningHoursChangeView> {
    return this.hours.put(actor, id, body, query.onAffectedSlots, correlationId);
  }

  /** The next days under hours not yet saved: the editor shows them before the operator commits. */
  @Post('opening-hours/preview')
  @HttpCode(200)
  @ApiErrors(...HOURS_PROBLEMS)
  previewHours(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OpeningHoursDto,
    @Query() query: DaysQueryDto,
  ): Promise<OpeningHoursPreviewView> {
    return this.hours.preview(actor, id, body, query.days);
  }

  /** A venue's offerings on sale, oldest first. */
  @Public()
  @Get('offerings')
  listOfferings(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<OfferingView[]> {
    return this.offerings.list(actor, id);
  }

  /** Adds an offering to a venue and creates its slots for the booking horizon. */
  @Post('offerings')
  @ApiErrors(...OFFERING_PROBLEMS)
  createOffering(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OfferingDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OfferingChangeView> {
    return this.offerings.create(actor, id, body, correlationId);
  }
}

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('offerings/:id')
export class OfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  /** An offering and its booking rules. */
  @Public()
  @Get()
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<OfferingView> {
    return this.offerings.get(actor, id);
  }

  /** Changes an offering's rules and replans its slots; booked slots the change drops need `onAffectedSlots`. */
  @Patch()
  @ApiErrors(...OFFERING_PROBLEMS, ScheduleErrors.OFFERING_ARCHIVED, ScheduleErrors.SLOTS_HAVE_BOOKINGS)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OfferingPatchDto,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OfferingChangeView> {
    return this.offerings.update(actor, id, body, query.onAffectedSlots, correlationId);
  }

  /** Takes an offering off sale: empty slots ahead go, booked ones are kept or cancelled as `onAffectedSlots` says. */
  @Post('archive')
  @HttpCode(200)
  @ApiErrors(ScheduleErrors.OFFERING_ARCHIVED, ScheduleErrors.SLOTS_HAVE_BOOKINGS)
  archive(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OfferingChangeView> {
    return this.offerings.archive(actor, id, query.onAffectedSlots, correlationId);
  }

  /** Slots from `from` to `to` (Shanghai dates, at most 62 days) with places left and their status. */
  @Public()
  @Get('availability')
  @ApiErrors(ScheduleErrors.INVALID_DATE_RANGE, ScheduleErrors.OFFERING_ARCHIVED)
  availability(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Query() query: AvailabilityQueryDto,
  ): Promise<SlotAvailability[]> {
    return this.offerings.availability(actor, id, query);
  }
}

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('calendar/:year')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** Public holidays and make-up working days (调休) of a year, and whether the year is official yet. */
  @Public()
  @Get()
  get(@Param() { year }: CalendarYearParam): Promise<CalendarYearView> {
    return this.calendar.year(year);
  }

  /** Replaces a year's holidays and make-up working days (a city administrator enters the State Council's notice). */
  @Put()
  @ApiErrors(ScheduleErrors.CALENDAR_DATE_OUTSIDE_YEAR)
  replace(
    @CurrentActor() actor: Actor,
    @Param() { year }: CalendarYearParam,
    @Body() body: CalendarYearDto,
    @CorrelationId() correlationId?: string,
  ): Promise<CalendarYearView> {
    return this.calendar.replaceYear(actor, year, body, correlationId);
  }
}
