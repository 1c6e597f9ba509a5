import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdempotencyKey, IdParam, PageQueryDto, RateLimit } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor } from '@kepu/identity';
import { CheckInDto, CreateBookingDto } from './bookings/bookings.dto';
import { BookingsService } from './bookings/bookings.service';
import { CheckInService } from './check-in/check-in.service';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** 201 confirmed or waitlisted; a repeated Idempotency-Key replays the first answer (header Idempotent-Replayed). */
  @Post()
  @RateLimit({ account: 20, ip: 300 })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8–128 characters, unique per booking attempt' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateBookingDto,
    @IdempotencyKey() key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const response = await this.bookings.create(actor, body, key);
    reply.status(response.status);
    if (response.replayed) reply.header('Idempotent-Replayed', 'true');
    return response.body;
  }

  /** Upcoming visits first, then past ones. */
  @Get('mine')
  mine(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    return this.bookings.mine(actor, query);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.bookings.get(actor, id);
  }

  @Get(':id/qr')
  async qr(@CurrentActor() actor: Actor, @IdParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const png = await this.bookings.qr(actor, id);
    reply.header('Content-Type', 'image/png').header('Cache-Control', 'private, no-store');
    return png;
  }

  @Get(':id/ics')
  async ics(@CurrentActor() actor: Actor, @IdParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { code, text } = await this.bookings.ics(actor, id);
    reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="kepu-${code}.ics"`)
      .header('Cache-Control', 'private, no-store');
    return text;
  }

  /** By the visitor until the offering's cutoff, by the venue's operators until the slot ends. */
  @Post(':id/cancel')
  @RateLimit({ account: 20, ip: 300 })
  @HttpCode(200)
  cancel(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.bookings.cancel(actor, id, correlationId);
  }
}

@ApiTags('booking')
@ApiBearerAuth()
@Controller()
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post('check-ins')
  // A busy gate scans a visitor every few seconds; guessing codes takes far more.
  @RateLimit({ account: 120, ip: 600 })
  @HttpCode(200)
  checkIn(@CurrentActor() actor: Actor, @Body() body: CheckInDto, @CorrelationId() correlationId?: string) {
    return this.checkIns.checkIn(actor, body, correlationId);
  }

  /** Who is expected in a slot and who has arrived. */
  @Get('slots/:id/arrivals')
  arrivals(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.checkIns.arrivals(actor, id);
  }
}
