import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  documentFromText,
  fieldProblem,
  IdempotencyService,
  IdempotentResponse,
  isUniqueViolation,
  PersonalDataCipher,
} from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { Notifier } from '@kepu/notify';
import { addDays, Offering, shanghaiIso, shanghaiToday, Slot, SlotCapacity, SlotsStore } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { BookingProblems } from '../booking-problems';
import { Booking, BookingVisitor } from './booking.entity';
import { BookingMessages, factsOf } from './booking-messages';
import { BookingViews, LoadedBooking } from './booking-views.service';
import { BookingView } from './booking.views';
import { BansStore } from './bans.store';
import { BookingsStore } from './bookings.store';
import { RescheduleBookingDto } from './bookings.dto';
import { ACCOUNT_DAY_INDEX, ID_DAY_INDEX } from './bookings.service';
import { checkParty, PartyVisitor } from './party-rules';
import { refuseBans, refuseOutsideWindow } from './refusals';
import { MAX_RESCHEDULES, RescheduleBlock, rescheduleBlock, rescheduleDeadline } from './reschedule-rules';
import { RushGate } from './rush-gate';
import { releaseSeats, takeSeats } from './seats';
import { Waitlist } from './waitlist';

export const RESCHEDULE_SCOPE = 'POST /bookings/{id}/reschedule';

/**
 * Change of time (改期, docs/booking-rules.md, "Changing the time"): a confirmed booking moves to
 * another slot of its offering in one transaction, so the party holds its old places until the new
 * ones are theirs. The new slot is taken by the rules of booking it; if it cannot be, nothing changes.
 */
@Injectable()
export class RescheduleService {
  constructor(
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
    private readonly rushGate: RushGate,
  ) {}

  /**
   * Moves the booking to `body.slotId`, once per Idempotency-Key: a retried request after a lost
   * answer gets that answer, not a refusal to move to the slot it already holds.
   */
  async reschedule(
    actor: Actor,
    id: string,
    body: RescheduleBookingDto,
    key: string,
    correlationId?: string,
  ): Promise<IdempotentResponse<BookingView>> {
    const request = { accountId: actor.accountId, scope: RESCHEDULE_SCOPE, key, body: { bookingId: id, ...body } };
    // Through the new slot's queue, as a booking of it: a rush for a time is no worse for a move into it.
    return this.rushGate.throughSlot(body.slotId, () =>
      this.idempotency.run(request, async (tx) => ({
        status: 200,
        body: await this.move(tx, actor, id, body.slotId, new Date(), correlationId),
      })),
    );
  }

  private async move(
    tx: EntityManager,
    actor: Actor,
    id: string,
    slotId: string,
    now: Date,
    correlationId?: string,
  ): Promise<BookingView> {
    // The booking first, then its slots: the order a cancellation takes them in.
    const booking = await this.store.lock(tx, id);
    if (!booking) throw new AppError(CoreErrors.NOT_FOUND);
    const loaded = await this.views.one(tx, booking);
    const { slot: from, offering, resource, visitors } = loaded;
    await this.policy.authorize(actor, 'booking.reschedule', {
      accountId: booking.accountId,
      channel: booking.channel,
      venue: resource,
    });
    const deadline = rescheduleDeadline(from, offering);
    const blocked = rescheduleBlock(booking, booking.rescheduleCount, deadline, now);
    if (blocked) throw refusal(blocked, deadline);
    const to = await this.newSlot(tx, booking, offering, slotId, now);
    const visitDate = shanghaiToday(to.startsAt);
    // Ages, and the categories they decide, are those on the new day.
    checkParty(offering, visitors.map(this.asGiven), visitDate, shanghaiToday(now));
    const idHashes = visitors.flatMap((v) => (v.idHash ? [v.idHash] : []));
    refuseBans(await this.bans.bansOf(tx, booking.accountId, idHashes));
    await this.refuseIdsTaken(tx, booking, visitDate);
    await this.moveRows(tx, booking, visitDate, to, now);
    await this.moveSeats(tx, booking, from.id, to.id, now);
    const moved: LoadedBooking = { ...loaded, booking: await this.store.reload(tx, id), slot: to };
    await this.notifier.send(BookingMessages.rescheduled(factsOf(moved), from.startsAt), tx);
    await this.audit.record(
      {
        actorId: actor.accountId,
        action: 'booking.rescheduled',
        subjectType: 'booking',
        subjectId: booking.id,
        details: {
          resourceId: resource.id,
          fromSlotId: from.id,
          toSlotId: to.id,
          partySize: booking.partySize,
          channel: booking.channel,
          reschedules: moved.booking.rescheduleCount,
        },
        correlationId,
      },
      tx,
    );
    return this.views.render(tx, moved, now);
  }

  /** The slot asked for, if it is another of the offering's that could be booked now. */
  private async newSlot(
    tx: EntityManager,
    booking: Booking,
    offering: Offering,
    slotId: string,
    now: Date,
  ): Promise<Slot> {
    if (slotId === booking.slotId) throw new AppError(BookingErrors.RESCHEDULE_SAME_SLOT);
    const slot = await this.slots.findById(slotId, tx);
    if (!slot || slot.offeringId !== booking.offeringId) {
      throw new AppError(BookingErrors.SLOT_NOT_IN_OFFERING, [
        fieldProblem('slotId', BookingProblems.SLOT_NOT_OFFERED, { slotId }),
      ]);
    }
    if (offering.status !== 'active' || offering.audience === 'group') {
      throw new AppError(BookingErrors.OFFERING_NOT_BOOKABLE);
    }
    if (slot.status === 'cancelled') throw new AppError(BookingErrors.SLOT_CANCELLED);
    refuseOutsideWindow(offering, slot.startsAt, now);
    return slot;
  }

  /** A kept visitor as the party rules read a booking's: their document unsealed. */
  private readonly asGiven = (visitor: BookingVisitor): PartyVisitor => {
    const document = visitor.idNumber ? documentFromText(this.cipher.decrypt(visitor.idNumber)) : null;
    return {
      name: visitor.name ?? '',
      category: visitor.category,
      ...(document && {
        documentType: document.type,
        documentNumber: document.number,
        documentCountry: document.country ?? undefined,
      }),
    };
  };

  /**
   * One booking per document, venue and day: names who is already booked on the new day. The
   * per-ID index still has the last word (moveRows) should such a booking commit meanwhile.
   */
  private async refuseIdsTaken(tx: EntityManager, booking: Booking, visitDate: string): Promise<void> {
    const taken = await this.store.idsTakenOn(tx, booking.id, visitDate);
    if (!taken.length) return;
    // Positions number the party from 0 as the booking lists it: `visitors.1` is its second person.
    throw new AppError(
      BookingErrors.ID_ALREADY_BOOKED,
      taken.map((position) => fieldProblem(`visitors.${position}`, BookingProblems.ALREADY_BOOKED_THAT_DAY)),
    );
  }

  /**
   * The booking and its visitors on the new slot and day, one more change counted. A visit
   * tomorrow has just been announced by the change's message: the day-before reminder is not sent
   * again; a later one is reminded afresh.
   */
  private async moveRows(tx: EntityManager, booking: Booking, visitDate: string, to: Slot, now: Date): Promise<void> {
    try {
      await this.store.moveToSlot(tx, booking.id, to.id, visitDate, addDays(shanghaiToday(now), 1));
    } catch (error) {
      if (isUniqueViolation(error, ACCOUNT_DAY_INDEX)) throw new AppError(BookingErrors.ALREADY_BOOKED);
      if (isUniqueViolation(error, ID_DAY_INDEX)) throw new AppError(BookingErrors.ID_ALREADY_BOOKED);
      throw error;
    }
  }

  /**
   * Takes the party's places on the new slot by the rules of booking it online or at the desk
   * (nobody waiting ahead, the desk's hold), then frees the old ones for its waitlist, as a
   * cancellation does. Last, so the slots' locks are held only from here to commit.
   */
  private async moveSeats(tx: EntityManager, booking: Booking, from: string, to: string, now: Date): Promise<void> {
    // Both slots locked in id order: two parties swapping times wait for each other instead of deadlocking.
    await SlotCapacity.lockInOrder(tx, [from, to]);
    if (!(await takeSeats(tx, to, booking.partySize, 'individual', booking.channel))) {
      throw new AppError(BookingErrors.SLOT_FULL);
    }
    await releaseSeats(tx, from, booking.partySize);
    await this.waitlist.promote(tx, from, now);
  }
}

/** The refusal for a booking that cannot change its time, saying why. */
function refusal(blocked: RescheduleBlock, deadline: Date): AppError {
  switch (blocked) {
    case 'group':
      return new AppError(BookingErrors.GROUP_BOOKING);
    case 'not_confirmed':
      return new AppError(BookingErrors.BOOKING_NOT_RESCHEDULABLE);
    case 'limit':
      return new AppError(BookingErrors.RESCHEDULE_LIMIT_REACHED, { limit: MAX_RESCHEDULES });
    case 'closed':
      return new AppError(BookingErrors.RESCHEDULE_CLOSED, { deadline: shanghaiIso(deadline) });
  }
}
