import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { ScheduleErrors } from '@kepu/schedule';
import { HeldDaysQueryDto } from './own-bookings.dto';
import { OwnBookings } from './own-bookings.service';
import { HeldDayView, RememberedPhoneView } from './own-bookings.views';

/** The caller's own bookings as the booking form reads them before the last step. */
@ApiTags('booking')
@ApiBearerAuth()
@Controller('bookings/mine')
export class OwnBookingsController {
  constructor(private readonly own: OwnBookings) {}

  /**
   * The days the caller already holds a booking at a venue, by offering.
   * @remarks One booking per account, offering and day (ALREADY_BOOKED): the venue page and the
   * booking form mark those days before anything is typed.
   */
  @Get('days')
  @ApiOkResponse({ type: [HeldDayView] })
  @ApiErrors(ScheduleErrors.INVALID_DATE_RANGE)
  days(@CurrentActor() actor: Actor, @Query() query: HeldDaysQueryDto): Promise<HeldDayView[]> {
    return this.own.heldDays(actor, query);
  }

  /**
   * The contact phone of the caller's latest booking, masked: a booking that names none takes it
   * when the account has no verified phone of its own.
   * @remarks A number proven by a code then needs no code again.
   */
  @Get('contact-phone')
  @ApiOkResponse({ type: RememberedPhoneView })
  async contactPhone(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RememberedPhoneView> {
    reply.header('Cache-Control', 'private, no-store');
    return this.own.rememberedPhone(actor);
  }
}
