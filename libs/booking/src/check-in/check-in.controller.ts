import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CorrelationId, IdParam, RateLimit } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { CheckInDto } from '../bookings/bookings.dto';
import { SlotArrivalsView } from '../bookings/booking.views';
import { CheckInPackQueryDto, GateLookupQueryDto } from './check-in.dto';
import { CheckInService } from './check-in.service';
import { CheckInPackView } from './check-in.views';
import { CheckedInView, GateLookupView } from './gate.views';

@ApiTags('booking')
@ApiBearerAuth()
@Controller()
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  /**
   * Checks a booking code in at the venue's entrance (a school group's admits the whole group).
   * @remarks Another venue's code answers 404, as a code that does not exist. A check-in made
   * without a network is sent later with `checkedInAt` and the device's `deviceId`: the same one
   * sent again is answered with the booking, one another device made first is refused
   * (CHECKED_IN_ON_ANOTHER_DEVICE) and shown in the slot's arrivals (docs/booking-rules.md, "Offline check-in").
   */
  @Post('check-ins')
  // A busy gate scans a visitor every few seconds; guessing codes takes far more.
  @RateLimit({ account: 120, ip: 600 })
  @HttpCode(200)
  @ApiOkResponse({ type: CheckedInView, description: 'Checked in' })
  @ApiErrors(
    BookingErrors.BOOKING_CODE_UNKNOWN,
    BookingErrors.ALREADY_CHECKED_IN,
    BookingErrors.BOOKING_NOT_CONFIRMED,
    BookingErrors.NOT_TODAY,
    BookingErrors.CHECK_IN_NOT_OPEN,
    BookingErrors.CHECK_IN_CLOSED,
    BookingErrors.HEADCOUNT_TOO_LARGE,
    BookingErrors.NAME_LIST_MISSING,
    BookingErrors.CHECKED_IN_ON_ANOTHER_DEVICE,
    BookingErrors.CHECK_IN_TIME_INVALID,
  )
  checkIn(
    @CurrentActor() actor: Actor,
    @Body() body: CheckInDto,
    @CorrelationId() correlationId?: string,
  ): Promise<CheckedInView> {
    return this.checkIns.checkIn(actor, body, correlationId);
  }

  /** Who is expected in a slot and who has arrived. */
  @Get('slots/:id/arrivals')
  arrivals(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<SlotArrivalsView> {
    return this.checkIns.arrivals(actor, id);
  }

  /**
   * A venue's day at the gate, for the check-in page to keep and check in from without a network:
   * every slot with its bookings, codes hashed with a key for this venue and day, names masked.
   * @remarks For the venue's operators, as the arrivals (docs/booking-rules.md, "Offline check-in").
   */
  @Get('resources/:id/check-in-pack')
  @ApiOkResponse({ type: CheckInPackView })
  @ApiErrors(BookingErrors.CHECK_IN_PACK_DATE, BookingErrors.CHECK_IN_PACK_TOO_LARGE)
  pack(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: CheckInPackQueryDto,
  ): Promise<CheckInPackView> {
    return this.checkIns.pack(actor, id, query);
  }

  /**
   * Today's bookings at the venue for a visitor's phone or document number, when they have no code
   * to show: names and numbers masked, for the operator to pick one and check it in.
   * @remarks For the venue's operators, as the booking desk whose search it is.
   */
  @Get('resources/:id/check-in-lookup')
  // Each lookup opens the day's sealed phones and documents: a gate needs a few, not thousands.
  @RateLimit({ account: 60, ip: 300 })
  @ApiOkResponse({ type: GateLookupView })
  @ApiErrors(BookingErrors.DESK_RANGE_TOO_BROAD)
  lookup(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: GateLookupQueryDto,
  ): Promise<GateLookupView> {
    return this.checkIns.lookup(actor, id, query);
  }
}
