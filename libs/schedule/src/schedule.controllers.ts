import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IdParam } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import { CalendarYearDto } from './calendar/calendar.dto';
import { CalendarService } from './calendar/calendar.service';
import { AffectedSlotsQueryDto, DaysQueryDto, OpeningHoursDto } from './hours/opening-hours.dto';
import { OpeningHoursService } from './hours/opening-hours.service';
import { AvailabilityQueryDto, OfferingDto, OfferingPatchDto } from './offerings/offerings.dto';
import { OfferingsService } from './offerings/offerings.service';

class YearParam {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

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
  getHours(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string, @Query() query: DaysQueryDto) {
    return this.hours.get(actor, id, query.days);
  }

  @Put('opening-hours')
  putHours(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OpeningHoursDto,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.hours.put(actor, id, body, query.onAffectedSlots, correlationId);
  }

  /** The next days under hours not yet saved: the editor shows them before the operator commits. */
  @Post('opening-hours/preview')
  @HttpCode(200)
  previewHours(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OpeningHoursDto,
    @Query() query: DaysQueryDto,
  ) {
    return this.hours.preview(actor, id, body, query.days);
  }

  @Public()
  @Get('offerings')
  listOfferings(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string) {
    return this.offerings.list(actor, id);
  }

  @Post('offerings')
  createOffering(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OfferingDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.offerings.create(actor, id, body, correlationId);
  }
}

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('offerings/:id')
export class OfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  @Public()
  @Get()
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string) {
    return this.offerings.get(actor, id);
  }

  @Patch()
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OfferingPatchDto,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.offerings.update(actor, id, body, query.onAffectedSlots, correlationId);
  }

  @Post('archive')
  @HttpCode(200)
  archive(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: AffectedSlotsQueryDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.offerings.archive(actor, id, query.onAffectedSlots, correlationId);
  }

  /** Slots from `from` to `to` (Shanghai dates, at most 62 days) with places left and their status. */
  @Public()
  @Get('availability')
  availability(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Query() query: AvailabilityQueryDto,
  ) {
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
  get(@Param() { year }: YearParam) {
    return this.calendar.year(year);
  }

  @Put()
  replace(
    @CurrentActor() actor: Actor,
    @Param() { year }: YearParam,
    @Body() body: CalendarYearDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.calendar.replaceYear(actor, year, body, correlationId);
  }
}
