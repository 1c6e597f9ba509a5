import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { ScheduleErrors } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { BookingPage } from '../bookings/booking.views';
import { VenueBookingsQueryDto } from './booking-desk.dto';
import { BookingDesk } from './booking-desk.service';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('resources')
export class BookingDeskController {
  constructor(private readonly desk: BookingDesk) {}

  /**
   * The venue's bookings by day and slot, for its operators: all of them, or
   * one person's found by `q` (docs/booking-rules.md, "The booking desk").
   */
  @Get(':id/bookings')
  @ApiOkResponse({ type: BookingPage })
  @ApiErrors(ScheduleErrors.INVALID_DATE_RANGE, BookingErrors.DESK_RANGE_TOO_BROAD)
  list(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: VenueBookingsQueryDto,
  ): Promise<BookingPage> {
    return this.desk.list(actor, id, query);
  }
}
