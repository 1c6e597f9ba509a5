import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiErrors,
  CoreErrors,
  IdempotencyErrors,
  IdempotencyKey,
  IdParam,
  PageQueryDto,
  RateLimit,
  CorrelationId,
} from '@kepu/core';
import { Actor, CurrentActor, IdentityErrors } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { CancelBookingDto, CreateBookingDto, RescheduleBookingDto } from './bookings.dto';
import { BookingsService } from './bookings.service';
import { RescheduleService } from './reschedule.service';
import { BookingPage, BookingView } from './booking.views';

/** The key of a booking write the client may retry: a retried request gets the first answer. */
const IdempotencyKeyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: true,
  description:
    'Unique per attempt (a UUID, say): 8–128 letters, digits or `- _ . :`. Kept for 24 hours; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED).',
  schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
});
const REPLAYED_HEADER = {
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same key',
    schema: { type: 'string', enum: ['true'] },
  },
};
const IDEMPOTENCY_ERRORS = [
  IdempotencyErrors.IDEMPOTENCY_KEY_REQUIRED,
  IdempotencyErrors.IDEMPOTENCY_KEY_INVALID,
  IdempotencyErrors.IDEMPOTENCY_KEY_REUSED,
  IdempotencyErrors.IDEMPOTENCY_IN_FLIGHT,
];

@ApiTags('booking')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly reschedules: RescheduleService,
  ) {}

  /**
   * Books a slot for a party, confirmed or (with `waitlist`) waitlisted.
   * @remarks Only for accounts that have verified their login. A repeated Idempotency-Key with the
   * same body replays the first answer, refusals included, with the header `Idempotent-Replayed: true`.
   */
  @Post()
  @RateLimit({ account: 20, ip: 300 })
  @IdempotencyKeyHeader
  @ApiCreatedResponse({ type: BookingView, description: 'Confirmed, or waitlisted', headers: REPLAYED_HEADER })
  @ApiErrors(
    ...IDEMPOTENCY_ERRORS,
    IdentityErrors.ACCOUNT_NOT_VERIFIED,
    IdentityErrors.CODE_INVALID,
    IdentityErrors.CODE_ATTEMPTS_EXCEEDED,
    CoreErrors.NOT_FOUND,
    BookingErrors.OFFERING_NOT_BOOKABLE,
    BookingErrors.SLOT_CANCELLED,
    BookingErrors.BOOKING_NOT_OPEN,
    BookingErrors.BOOKING_CLOSED,
    BookingErrors.SLOT_FULL,
    BookingErrors.PARTY_TOO_LARGE,
    BookingErrors.PARTY_TOO_SMALL,
    BookingErrors.INVALID_ID_NUMBER,
    BookingErrors.DUPLICATE_VISITOR_ID,
    BookingErrors.ID_NUMBER_REQUIRED,
    BookingErrors.GUARDIAN_REQUIRED,
    BookingErrors.VISITOR_CATEGORY_MISMATCH,
    BookingErrors.AGE_NOT_ALLOWED,
    BookingErrors.CONTACT_PHONE_REQUIRED,
    BookingErrors.BOOKING_BANNED,
    BookingErrors.VISITOR_BANNED,
    BookingErrors.TOO_MANY_ACTIVE_BOOKINGS,
    BookingErrors.ALREADY_BOOKED,
    BookingErrors.ID_ALREADY_BOOKED,
    BookingErrors.SAVED_VISITOR_UNKNOWN,
  )
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateBookingDto,
    @IdempotencyKey() key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BookingView> {
    const response = await this.bookings.create(actor, body, key);
    reply.status(response.status);
    if (response.replayed) reply.header('Idempotent-Replayed', 'true');
    return response.body;
  }

  /** The caller's bookings: upcoming visits first (soonest first), then past ones. */
  @Get('mine')
  mine(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<BookingPage> {
    return this.bookings.mine(actor, query);
  }

  /** One booking, for its visitor or the venue's staff. */
  @Get(':id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<BookingView> {
    return this.bookings.get(actor, id);
  }

  /** The booking code as a QR code (PNG) for the entrance scanner. */
  @Get(':id/qr')
  @ApiProduces('image/png')
  @ApiOkResponse({
    description: 'A PNG image, 320 pixels wide',
    content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
  })
  async qr(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const png = await this.bookings.qr(actor, id);
    reply.header('Content-Type', 'image/png').header('Cache-Control', 'private, no-store');
    return png;
  }

  /** The visit as an iCalendar file, for the visitor's own calendar. */
  @Get(':id/ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'An iCalendar file (`kepu-<code>.ics`) with one event',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  async ics(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { code, text } = await this.bookings.ics(actor, id);
    reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="kepu-${code}.ics"`)
      .header('Cache-Control', 'private, no-store');
    return text;
  }

  /**
   * Cancels a booking or leaves the waitlist; freed places go to the waitlist at once.
   * @remarks By the visitor until the offering's cutoff (a waitlist entry until the slot starts), by
   * the venue's operators until the slot ends, with a `reason` the visitor is told (for example for
   * a visitor who phones). A school group's booking is cancelled through its group visit.
   */
  @Post(':id/cancel')
  @RateLimit({ account: 20, ip: 300 })
  @HttpCode(200)
  // A visitor cancels with no body; the venue's staff send a reason.
  @ApiBody({ type: CancelBookingDto, required: false })
  @ApiErrors(
    BookingErrors.GROUP_BOOKING,
    BookingErrors.BOOKING_NOT_ACTIVE,
    BookingErrors.CANCELLATION_CLOSED,
    BookingErrors.CANCELLATION_LIMIT_REACHED,
  )
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: CancelBookingDto,
    @CorrelationId() correlationId?: string,
  ): Promise<BookingView> {
    return this.bookings.cancel(actor, id, body, correlationId);
  }

  /**
   * Moves a confirmed booking to another time of its offering (改期), keeping its code, visitors and
   * places until the new ones are taken: if the new slot cannot take the party, nothing changes.
   * @remarks The new slot is booked by the same rules as a new booking (its booking window, places
   * left beside those held for the desk and those waiting, the visitors' ages on the new day, one
   * booking per document a day, no-show bans); the old slot's places go to its waitlist at once.
   * A booking changes its time at most twice (`reschedulesLeft`), until its cancellation deadline
   * (`reschedulableUntil`). By its visitor; a counter or phone booking by the venue's operators.
   */
  @Post(':id/reschedule')
  @RateLimit({ account: 20, ip: 300 })
  @HttpCode(200)
  @IdempotencyKeyHeader
  @ApiOkResponse({ type: BookingView, description: 'At the new time', headers: REPLAYED_HEADER })
  @ApiErrors(
    ...IDEMPOTENCY_ERRORS,
    BookingErrors.GROUP_BOOKING,
    BookingErrors.BOOKING_NOT_RESCHEDULABLE,
    BookingErrors.RESCHEDULE_LIMIT_REACHED,
    BookingErrors.RESCHEDULE_CLOSED,
    BookingErrors.RESCHEDULE_SAME_SLOT,
    BookingErrors.SLOT_NOT_IN_OFFERING,
    BookingErrors.OFFERING_NOT_BOOKABLE,
    BookingErrors.SLOT_CANCELLED,
    BookingErrors.BOOKING_NOT_OPEN,
    BookingErrors.BOOKING_CLOSED,
    BookingErrors.SLOT_FULL,
    BookingErrors.PARTY_TOO_LARGE,
    BookingErrors.PARTY_TOO_SMALL,
    BookingErrors.ID_NUMBER_REQUIRED,
    BookingErrors.GUARDIAN_REQUIRED,
    BookingErrors.VISITOR_CATEGORY_MISMATCH,
    BookingErrors.AGE_NOT_ALLOWED,
    BookingErrors.BOOKING_BANNED,
    BookingErrors.VISITOR_BANNED,
    BookingErrors.ALREADY_BOOKED,
    BookingErrors.ID_ALREADY_BOOKED,
  )
  async reschedule(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: RescheduleBookingDto,
    @IdempotencyKey() key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CorrelationId() correlationId?: string,
  ): Promise<BookingView> {
    const response = await this.reschedules.reschedule(actor, id, body, key, correlationId);
    if (response.replayed) reply.header('Idempotent-Replayed', 'true');
    return response.body;
  }
}
