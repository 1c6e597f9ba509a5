import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { toBuffer as qrPng } from 'qrcode';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  documentText,
  IdempotencyService,
  IdempotentResponse,
  isUniqueViolation,
  Page,
  pageWindow,
  PageQueryDto,
  PersonalDataCipher,
  fieldProblem,
  InjectConfig,
} from '@kepu/core';
import { AccountContacts, Actor, IdentityErrors, PolicyService } from '@kepu/identity';
import { Notifier } from '@kepu/notify';
import { shanghaiIso, shanghaiToday, SlotsStore } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { Booking, BookingChannel, BookingStatus, BookingVisitor } from './booking.entity';
import { refuseBans, refuseOutsideWindow } from './refusals';
import { newBookingCode } from './booking-code';
import { BookingMessages, factsOf } from './booking-messages';
import { BookingViews, LoadedBooking } from './booking-views.service';
import { BookingView } from './booking.views';
import { BansStore } from './bans.store';
import { ActiveBooking, BookingsStore, SealedVisitor } from './bookings.store';
import { CancelBookingDto, CreateBookingDto } from './bookings.dto';
import { ContactPhones, OwnPhone } from './contact-phones';
import { checkParty, numberField } from './party-rules';
import { BOOKING_SCOPE, RushGate } from './rush-gate';
import { releaseSeats, takeSeats } from './seats';
import { Waitlist } from './waitlist';
import { SavedVisitors } from '../saved-visitors/saved-visitors.service';
import { BookingProblems } from '../booking-problems';
import { bookingConfig, BookingSettings } from '../booking.config';

export const ACCOUNT_DAY_INDEX = 'bookings_one_per_account_offering_day';
export const ID_DAY_INDEX = 'booking_visitors_one_per_id_venue_day';
const CODE_INDEX = 'bookings_code_key';

/** Families' bookings: taking places atomically, seeing, downloading and cancelling them. */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: BookingsStore,
    private readonly slots: SlotsStore,
    private readonly bans: BansStore,
    private readonly idempotency: IdempotencyService,
    private readonly cipher: PersonalDataCipher,
    private readonly policy: PolicyService,
    private readonly notifier: Notifier,
    private readonly waitlist: Waitlist,
    private readonly views: BookingViews,
    private readonly audit: AuditService,
    private readonly contactPhones: ContactPhones,
    private readonly rushGate: RushGate,
    private readonly savedVisitors: SavedVisitors,
    private readonly accountContacts: AccountContacts,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  /**
   * Books a slot for a party, once per Idempotency-Key, for accounts that have proven their login;
   * a fresh code is drawn if one ever collides. With a desk channel (`counter`, `phone`) a venue's
   * operator books for someone who needs no account (docs/booking-rules.md, "The booking desk").
   */
  async create(actor: Actor, body: CreateBookingDto, key: string): Promise<IdempotentResponse<BookingView>> {
    if (!actor.verified) throw new AppError(IdentityErrors.ACCOUNT_NOT_VERIFIED);
    const channel = body.channel ?? 'online';
    const run = () =>
      this.idempotency.run({ accountId: actor.accountId, scope: BOOKING_SCOPE, key, body }, async (tx) => ({
        status: 201,
        body: await this.book(tx, actor, channel, body, new Date()),
      }));
    return this.rushGate.throughSlot(body.slotId, async () => {
      await this.rushGate.refuseEarly(
        actor.accountId,
        key,
        { slotId: body.slotId, partySize: body.visitors.length, waitlist: body.waitlist, online: channel === 'online' },
        new Date(),
      );
      return run().catch((error: unknown) => {
        if (isUniqueViolation(error, CODE_INDEX)) return run();
        throw error;
      });
    });
  }

  private async book(
    tx: EntityManager,
    actor: Actor,
    channel: BookingChannel,
    body: CreateBookingDto,
    now: Date,
  ): Promise<BookingView> {
    const slot = await this.slots.withOfferingAndVenue(tx, body.slotId);
    const offering = slot?.offering;
    const resource = offering?.resource;
    if (!slot || !offering || !resource || resource.status !== 'published') throw new AppError(CoreErrors.NOT_FOUND);
    const desk = channel !== 'online';
    if (desk) await this.policy.authorize(actor, 'booking.desk', resource);
    if (offering.status !== 'active' || offering.audience === 'group') {
      throw new AppError(BookingErrors.OFFERING_NOT_BOOKABLE);
    }
    if (slot.status === 'cancelled') throw new AppError(BookingErrors.SLOT_CANCELLED);
    refuseOutsideWindow(offering, slot.startsAt, now);
    const visitDate = shanghaiToday(slot.startsAt);
    // The visitor's own account is held to the per-account rules; a desk booking has none, the venue books.
    const accountId = desk ? null : actor.accountId;
    const given = await this.savedVisitors.fillIn(tx, accountId, body.visitors);
    const party = checkParty(offering, given, visitDate, shanghaiToday(now));
    const idHashes = party.flatMap((v) => (v.document ? [this.cipher.hash(v.document.key)] : []));
    const account = await this.refuseBanned(tx, accountId, idHashes);
    const contact = desk
      ? this.contactPhones.givenAtDesk(body.contactPhone)
      : await this.contactPhones.forBooking(
          this.contactPhones.provenPhone(account),
          body.contactPhone,
          body.contactPhoneCode,
          () => this.contactPhones.lastGiven(actor.accountId, tx),
        );
    const booking = Object.assign(new Booking(), {
      code: newBookingCode(),
      kind: 'individual',
      accountId,
      channel,
      bookedBy: desk ? actor.accountId : null,
      slotId: slot.id,
      offeringId: offering.id,
      resourceId: resource.id,
      visitDate,
      partySize: party.length,
      status: 'confirmed' as BookingStatus,
      contactPhone: contact?.sealed ?? null,
      contactPhoneVerified: contact?.verified ?? false,
      checkedInAt: null,
      cancelledAt: null,
      cancelledBy: null,
    });
    const sealed = party.map(({ document, ...v }) => ({
      ...v,
      idNumber: document ? this.cipher.encrypt(documentText(document)) : null,
      idHash: document ? this.cipher.hash(document.key) : null,
    }));
    const numberFields = given.map((v, i) => numberField(v, i));
    Object.assign(booking, await this.insert(tx, booking, sealed, numberFields));
    // Last, so the slot's row lock is held only from here to commit.
    if (!(await takeSeats(tx, slot.id, party.length, 'individual', channel))) {
      // The desk books what is there: someone at the counter is not put in a queue.
      if (!body.waitlist || desk) throw new AppError(BookingErrors.SLOT_FULL);
      booking.status = 'waitlisted';
      await this.store.markWaitlisted(tx, booking.id);
    }
    const visitors = sealed.map((v, position) =>
      Object.assign(new BookingVisitor(), {
        ...v,
        position,
        bookingId: booking.id,
        resourceId: resource.id,
        visitDate,
      }),
    );
    const loaded = { booking, slot, offering, resource, visitors };
    const message = booking.status === 'confirmed' ? BookingMessages.confirmed : BookingMessages.waitlisted;
    await this.notifier.send(message(factsOf(loaded)), tx);
    if (desk) {
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'booking.booked_at_desk',
          subjectType: 'booking',
          subjectId: booking.id,
          details: { resourceId: resource.id, slotId: slot.id, partySize: booking.partySize, channel },
        },
        tx,
      );
    }
    return this.views.render(tx, loaded, now);
  }

  /** The booking and its visitors in one statement; the unique indexes answer the per-account and per-ID rules. */
  private async insert(
    tx: EntityManager,
    booking: Booking,
    visitors: SealedVisitor[],
    numberFields: string[],
  ): Promise<{ id: string; createdAt: Date }> {
    try {
      return await this.store.insert(tx, booking, visitors);
    } catch (error) {
      if (isUniqueViolation(error, ACCOUNT_DAY_INDEX)) throw new AppError(BookingErrors.ALREADY_BOOKED);
      if (isUniqueViolation(error, ID_DAY_INDEX)) throw this.idTaken(error, visitors, numberFields);
      throw error;
    }
  }

  /**
   * Which visitor's ID is already booked at this venue that day: the one Postgres names in the
   * violation. Asking the database again would need a second connection while this transaction
   * still holds its own, which under a rush can leave every connection waiting for another.
   */
  private idTaken(error: unknown, visitors: { idHash: Buffer | null }[], numberFields: string[]): AppError {
    const detail = ((error as QueryFailedError).driverError as { detail?: string }).detail ?? '';
    // `Key (resource_id, visit_date, id_hash)=(…, …, \x…) already exists.`
    const hex = /\\x([0-9a-f]+)/.exec(detail)?.[1];
    return new AppError(
      BookingErrors.ID_ALREADY_BOOKED,
      visitors.flatMap((v, i) =>
        v.idHash && (!hex || v.idHash.toString('hex') === hex)
          ? [fieldProblem(numberFields[i], BookingProblems.ALREADY_BOOKED_THAT_DAY)]
          : [],
      ),
    );
  }

  /**
   * Against scalpers and hoarders: no booking while the account, or anyone in the party by
   * document, is banned for no-shows; no more than `maxActiveBookings` upcoming bookings. The
   * account's lock (always taken before any slot's) keeps two requests at once from both passing
   * the count. A desk booking (no account) meets the documents' bans only. Returns the account's
   * own phone, read with its lock.
   */
  private async refuseBanned(
    tx: EntityManager,
    accountId: string | null,
    idHashes: Buffer[],
  ): Promise<OwnPhone | undefined> {
    const account = accountId ? await this.lockAccount(tx, accountId) : undefined;
    const row = await this.bans.bansAndActiveBookings(tx, accountId, idHashes);
    refuseBans(row);
    if (row.active >= this.settings.maxActiveBookings) {
      throw new AppError(BookingErrors.TOO_MANY_ACTIVE_BOOKINGS, { limit: this.settings.maxActiveBookings });
    }
    return account;
  }

  /**
   * Serialises one account's bookings and cancellations. Its row is key-share-locked first, through
   * identity's AccountContacts: deleting an account locks that row before cancelling the bookings, so
   * both take their locks in one order. Returns the account's phone as the row holds it.
   */
  private async lockAccount(tx: EntityManager, accountId: string): Promise<OwnPhone | undefined> {
    const account = await this.accountContacts.lock(tx, accountId, 'keyShare');
    if (!account) return undefined;
    await this.store.lockAccount(tx, account.id);
    return account;
  }

  /** A visitor's own cancellations today (Shanghai), against `maxCancellationsPerDay`. */
  private async refuseCancellingAgain(tx: EntityManager, accountId: string): Promise<void> {
    const today = await this.store.cancelledToday(tx, accountId);
    const limit = this.settings.maxCancellationsPerDay;
    if (today >= limit) throw new AppError(BookingErrors.CANCELLATION_LIMIT_REACHED, { limit });
  }

  /** The caller's bookings: upcoming first (soonest first), then past ones (latest first). */
  async mine(actor: Actor, query: PageQueryDto): Promise<Page<BookingView>> {
    const { limit, offset } = pageWindow(query);
    const rows = await this.store.pageOf(actor.accountId, limit, offset);
    const bookings = await this.store.inOrder(rows.map((r) => r.id));
    const loaded = await this.views.load(this.dataSource.manager, bookings);
    return {
      items: await Promise.all(loaded.map((item) => this.views.render(this.dataSource.manager, item))),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<BookingView> {
    const loaded = await this.readable(actor, id);
    return this.views.render(this.dataSource.manager, loaded);
  }

  /** The booking code as a QR code (PNG) for the entrance scanner. */
  async qr(actor: Actor, id: string): Promise<Buffer> {
    const { booking } = await this.readable(actor, id);
    return qrPng(booking.code, { type: 'png', width: 320, margin: 2, errorCorrectionLevel: 'M' });
  }

  /** An iCalendar file with the visit, for the visitor's own calendar. */
  async ics(actor: Actor, id: string): Promise<{ code: string; text: string }> {
    const { booking, slot, offering, resource } = await this.readable(actor, id);
    const calendar = ical({ name: '科普预约 Kepu bookings', prodId: { company: 'kepu', product: 'booking' } });
    calendar.createEvent({
      id: `${booking.id}@kepu`,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: `${resource.name} · ${offering.title}`,
      location: resource.name,
      description: `预约码 Code: ${booking.code}\n人数 Party: ${booking.partySize}\n状态 Status: ${booking.status}`,
    });
    return { code: booking.code, text: calendar.toString() };
  }

  private async readable(actor: Actor, id: string): Promise<LoadedBooking> {
    const booking = await this.store.findById(id);
    if (!booking) throw new AppError(CoreErrors.NOT_FOUND);
    const loaded = await this.views.one(this.dataSource.manager, booking);
    await this.policy.authorize(actor, 'booking.read', { accountId: booking.accountId, venue: loaded.resource });
    return loaded;
  }

  /**
   * Cancels a confirmed or waitlisted booking: the visitor until the offering's cutoff (a waitlist
   * entry until the slot starts), the venue's operators until the slot ends. Released places go to
   * the waitlist in the same transaction.
   */
  async cancel(
    actor: Actor,
    id: string,
    body: CancelBookingDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<BookingView> {
    return this.dataSource.transaction(async (tx) => {
      // The caller's account first, as when booking, then the booking, then its slot: one lock order.
      await this.lockAccount(tx, actor.accountId);
      const booking = await this.store.lock(tx, id);
      if (!booking) throw new AppError(CoreErrors.NOT_FOUND);
      const loaded = await this.views.one(tx, booking);
      const { slot, offering, resource } = loaded;
      await this.policy.authorize(actor, 'booking.cancel', { accountId: booking.accountId, venue: resource });
      if (booking.kind === 'group') throw new AppError(BookingErrors.GROUP_BOOKING);
      const byVenue = actor.accountId !== booking.accountId;
      const wasConfirmed = booking.status === 'confirmed';
      if (!wasConfirmed && booking.status !== 'waitlisted') throw new AppError(BookingErrors.BOOKING_NOT_ACTIVE);
      const deadline = byVenue
        ? slot.endsAt
        : wasConfirmed
          ? new Date(slot.startsAt.getTime() - offering.cutoffMinutes * 60_000)
          : slot.startsAt;
      if (now >= deadline) throw new AppError(BookingErrors.CANCELLATION_CLOSED, { deadline: shanghaiIso(deadline) });
      if (!byVenue) await this.refuseCancellingAgain(tx, actor.accountId);
      await this.release(tx, booking, byVenue ? 'venue' : 'visitor');
      if (byVenue) {
        await this.notifier.send(BookingMessages.cancelledByVenue(factsOf(loaded), body.reason), tx);
        await this.audit.record(
          {
            actorId: actor.accountId,
            action: 'booking.cancelled_by_venue',
            subjectType: 'booking',
            subjectId: booking.id,
            details: { resourceId: resource.id, slotId: slot.id, partySize: booking.partySize, reason: body.reason },
            correlationId,
          },
          tx,
        );
      }
      const reloaded = await this.store.reload(tx, id);
      return this.views.render(tx, { ...loaded, booking: reloaded }, now);
    });
  }

  /**
   * For a deleted account: every booking not yet over is cancelled as its visitor would cancel it
   * (places released, the waitlist moved up), with no deadline or daily limit, in the caller's
   * transaction.
   */
  async cancelAllOf(tx: EntityManager, accountId: string): Promise<void> {
    await this.lockAccount(tx, accountId);
    const active = await this.store.lockActiveOf(tx, accountId);
    for (const booking of active) await this.release(tx, booking, 'visitor');
  }

  /** What every cancellation of a family's booking does: a place it held goes to the waitlist at once. */
  private async release(tx: EntityManager, booking: ActiveBooking, by: 'visitor' | 'venue'): Promise<void> {
    await this.markCancelled(tx, [booking.id], by);
    // A party leaving the queue hands on the places held for it.
    if (booking.status !== 'confirmed') return void (await this.waitlist.moveUp(tx, booking.slotId));
    await releaseSeats(tx, booking.slotId, booking.partySize);
    await this.waitlist.promote(tx, booking.slotId);
  }

  /** Cancelled bookings stop counting against the per-ID rule at once. */
  async markCancelled(tx: EntityManager, ids: string[], by: 'visitor' | 'venue'): Promise<void> {
    await this.store.markCancelled(tx, ids, by);
    await this.store.releaseIdNumbers(tx, ids);
  }
}
