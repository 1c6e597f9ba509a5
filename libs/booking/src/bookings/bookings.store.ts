import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { loadInOrder, queriesOn } from '@kepu/core';
import { ResourceStore } from '@kepu/register';
import { OfferingsStore, SlotCapacity, SlotsStore } from '@kepu/schedule';
import { Booking, BookingStatus, BookingVisitor } from './booking.entity';
import { FACT_COLUMNS, FACT_JOINS, MessageFacts } from './booking-messages';

/** Namespace of the per-account advisory lock that serialises one account's bookings and cancellations. */
const ACCOUNT_LOCK_CLASS = 4_400_310;

/** A booking's row as a cancellation needs it. */
export type ActiveBooking = Pick<Booking, 'id' | 'slotId' | 'status' | 'partySize'>;

/** A booking's visitors as one statement inserts them, sealed. */
export interface SealedVisitor {
  name: string | null;
  category: string;
  idNumber: Buffer | null;
  idHash: Buffer | null;
}

/** A waitlisted party's place in the queue, and the slot's places the queue shares. */
export interface QueuePlace {
  ahead: number;
  claimsAhead: number;
  free: number;
  capacity: number;
  lapsed: boolean;
}

/**
 * The `bookings` table with its `booking_visitors`: a family's or school group's booking and the
 * people on it. Also the rows a booking's view shows beside it (its slot, offering and venue).
 */
@Injectable()
export class BookingsStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly slots: SlotsStore,
    private readonly offerings: OfferingsStore,
    private readonly resources: ResourceStore,
  ) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Booking | null> {
    return manager.findOneBy(Booking, { id });
  }

  /** The booking as the transaction has just written it. */
  reload(tx: EntityManager, id: string): Promise<Booking> {
    return tx.findOneByOrFail(Booking, { id });
  }

  /** The booking, locked for a change of its status or slot. */
  lock(tx: EntityManager, id: string): Promise<Booking | null> {
    return tx.findOne(Booking, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Bookings by id, in the order of the ids. */
  inOrder(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Booking[]> {
    return loadInOrder(manager, Booking, ids);
  }

  /** An account's family bookings, latest first. */
  familyBookingsOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Booking[]> {
    return manager.find(Booking, { where: { accountId, kind: 'individual' }, order: { createdAt: 'DESC' } });
  }

  /** The slots, offerings, venues and visitors of the bookings, for their views. */
  async partsOf(manager: EntityManager, bookings: Booking[]) {
    const [slots, offerings, resources, visitors] = await queriesOn(manager, [
      () =>
        this.slots.findByIds(
          bookings.map((b) => b.slotId),
          manager,
        ),
      () =>
        this.offerings.findByIds(
          bookings.map((b) => b.offeringId),
          manager,
        ),
      () =>
        this.resources.findByIds(
          bookings.map((b) => b.resourceId),
          manager,
        ),
      () =>
        manager.find(BookingVisitor, {
          where: { bookingId: In(bookings.map((b) => b.id)) },
          order: { position: 'ASC' },
        }),
    ]);
    return { slots, offerings, resources, visitors };
  }

  /**
   * Where a waitlisted booking stands at `now`, in the order Waitlist.promote takes the queue: the
   * parties ahead (those that fit the slot's whole capacity apart), the slot's free places once
   * the desk's hold is left, and whether booking has closed.
   */
  async queuePlace(manager: EntityManager, bookingId: string, now: Date): Promise<QueuePlace> {
    const [row]: QueuePlace[] = await manager.query(
      `SELECT count(w.id)::int AS ahead, count(w.id) FILTER (WHERE w.party_size <= s.capacity)::int AS "claimsAhead",
              greatest(s.capacity - s.booked - s.desk_hold, 0) AS free, s.capacity, s.closed AS lapsed
         FROM bookings b JOIN ${SlotCapacity.placesSql('$2::timestamptz')} s ON s.id = b.slot_id
         LEFT JOIN bookings w ON w.slot_id = b.slot_id AND w.status = 'waitlisted'
                             AND (w.created_at, w.id) < (b.created_at, b.id)
        WHERE b.id = $1
        GROUP BY s.id, s.capacity, s.booked, s.desk_hold, s.closed`,
      [bookingId, now],
    );
    return row;
  }

  /**
   * The booking (confirmed) and its visitors in one statement; the unique indexes answer the
   * per-account and per-ID rules by refusing it.
   */
  async insert(
    tx: EntityManager,
    booking: Booking,
    visitors: SealedVisitor[],
  ): Promise<{ id: string; createdAt: Date }> {
    const [row] = await tx.query(
      `WITH booking AS (
         INSERT INTO bookings (code, account_id, slot_id, offering_id, resource_id, visit_date, party_size, status,
                               contact_phone, contact_phone_verified, channel, booked_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'confirmed', $8, $14, $15, $16)
         RETURNING id, created_at
       ), visitors AS (
         -- In ID-hash order, whatever order the family listed its members in: two bookings of the
         -- same people then meet in the per-ID index in one order, and one waits instead of both deadlocking.
         INSERT INTO booking_visitors (booking_id, position, name, category, id_number, id_hash, resource_id, visit_date)
         SELECT booking.id, t.position, t.name, t.category, t.id_number, t.id_hash, $5, $6
           FROM booking,
                unnest($9::smallint[], $10::varchar[], $11::varchar[], $12::bytea[], $13::bytea[])
                  AS t(position, name, category, id_number, id_hash)
          ORDER BY t.id_hash
       )
       SELECT id, created_at AS "createdAt" FROM booking`,
      [
        booking.code,
        booking.accountId,
        booking.slotId,
        booking.offeringId,
        booking.resourceId,
        booking.visitDate,
        booking.partySize,
        booking.contactPhone,
        visitors.map((_v, i) => i),
        visitors.map((v) => v.name),
        visitors.map((v) => v.category),
        visitors.map((v) => v.idNumber),
        visitors.map((v) => v.idHash),
        booking.contactPhoneVerified,
        booking.channel,
        booking.bookedBy,
      ],
    );
    return row;
  }

  async markWaitlisted(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE bookings SET status = 'waitlisted' WHERE id = $1`, [id]);
  }

  /** Takes the account's advisory lock, held to the end of the transaction. */
  async lockAccount(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ACCOUNT_LOCK_CLASS, accountId]);
  }

  /** A visitor's own cancellations today (Shanghai). */
  async cancelledToday(tx: EntityManager, accountId: string): Promise<number> {
    const [{ today }]: { today: number }[] = await tx.query(
      `SELECT count(*)::int AS today FROM bookings
        WHERE account_id = $1 AND cancelled_by = 'visitor'
          AND cancelled_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')`,
      [accountId],
    );
    return today;
  }

  /** A page of an account's bookings: upcoming first (soonest first), then past ones (latest first). */
  async pageOf(accountId: string, limit: number, offset: number): Promise<{ id: string; total: number }[]> {
    return this.dataSource.query(
      `SELECT b.id, count(*) OVER ()::int AS total
         FROM bookings b JOIN slot_facts s ON s.id = b.slot_id
        WHERE b.account_id = $1
        ORDER BY s.ends_at < now(), CASE WHEN s.ends_at >= now() THEN s.starts_at END ASC, s.starts_at DESC, b.id
        LIMIT $2 OFFSET $3`,
      [accountId, limit, offset],
    );
  }

  /** An account's family bookings not yet over, locked, in slot order. */
  lockActiveOf(tx: EntityManager, accountId: string): Promise<ActiveBooking[]> {
    return tx.query(
      `SELECT b.id, b.slot_id AS "slotId", b.status, b.party_size AS "partySize"
         FROM bookings b JOIN slot_facts s ON s.id = b.slot_id
        WHERE b.account_id = $1 AND b.kind = 'individual' AND b.status IN ('confirmed', 'waitlisted') AND s.ends_at > now()
        ORDER BY b.slot_id
        FOR UPDATE OF b`,
      [accountId],
    );
  }

  /** A slot's active family bookings, locked, with what their messages say, in the order they were made. */
  lockActiveOfSlot(tx: EntityManager, slotId: string): Promise<(MessageFacts & { id: string; status: string })[]> {
    return tx.query(
      `SELECT b.id, b.status, ${FACT_COLUMNS} FROM bookings b ${FACT_JOINS}
        WHERE b.slot_id = $1 AND b.kind = 'individual' AND b.status IN ('confirmed', 'waitlisted')
        ORDER BY b.created_at
        FOR UPDATE OF b`,
      [slotId],
    );
  }

  async markCancelled(tx: EntityManager, ids: string[], by: 'visitor' | 'venue'): Promise<void> {
    await tx.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2 WHERE id = ANY($1)`,
      [ids, by],
    );
  }

  /** Frees the bookings' visitors' ID numbers for the per-ID-per-day rule. */
  async releaseIdNumbers(tx: EntityManager, bookingIds: string[]): Promise<void> {
    await tx.query(`UPDATE booking_visitors SET id_hash = NULL WHERE booking_id = ANY($1)`, [bookingIds]);
  }

  /** The contact phone of the account's latest online booking that gave one, sealed. */
  async lastContactPhone(
    accountId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ sealed: Buffer; proven: boolean } | undefined> {
    const [last]: { sealed: Buffer; proven: boolean }[] = await manager.query(
      `SELECT contact_phone AS sealed, contact_phone_verified AS proven FROM bookings
        WHERE account_id = $1 AND channel = 'online' AND contact_phone IS NOT NULL
        ORDER BY created_at DESC LIMIT 1`,
      [accountId],
    );
    return last;
  }

  /**
   * The account's bookings at a venue from `from` to `to` that hold their day: the statuses of the
   * per-account unique index (bookings_one_per_account_offering_day).
   */
  heldDays(
    accountId: string,
    resourceId: string,
    from: string,
    to: string,
  ): Promise<{ visitDate: string; offeringId: string; bookingId: string; status: BookingStatus }[]> {
    return this.dataSource.query(
      `SELECT to_char(visit_date, 'YYYY-MM-DD') AS "visitDate", offering_id AS "offeringId", id AS "bookingId", status
         FROM bookings
        WHERE account_id = $1 AND resource_id = $2 AND kind = 'individual'
          AND status IN ('confirmed', 'waitlisted', 'checked_in') AND visit_date BETWEEN $3 AND $4
        ORDER BY visit_date, created_at`,
      [accountId, resourceId, from, to],
    );
  }

  /** The positions of the booking's visitors whose document another booking holds at the venue on `visitDate`. */
  async idsTakenOn(tx: EntityManager, bookingId: string, visitDate: string): Promise<number[]> {
    const taken: { position: number }[] = await tx.query(
      `SELECT v.position FROM booking_visitors v
         JOIN booking_visitors other ON other.resource_id = v.resource_id AND other.visit_date = $2
                                    AND other.id_hash = v.id_hash AND other.booking_id <> v.booking_id
        WHERE v.booking_id = $1
        ORDER BY v.position`,
      [bookingId, visitDate],
    );
    return taken.map((t) => t.position);
  }

  /**
   * Moves the booking and its visitors to another slot and day, one more change counted; its
   * reminder counts as sent when the new day is no later than `remindedBy`.
   */
  async moveToSlot(tx: EntityManager, bookingId: string, slotId: string, visitDate: string, remindedBy: string) {
    await tx.query(
      `UPDATE bookings SET slot_id = $2, visit_date = $3, reschedule_count = reschedule_count + 1,
              reminded_at = CASE WHEN $3::date <= $4::date THEN now() END
        WHERE id = $1`,
      [bookingId, slotId, visitDate, remindedBy],
    );
    await tx.query(`UPDATE booking_visitors SET visit_date = $2 WHERE booking_id = $1`, [bookingId, visitDate]);
  }

  /** Marks as reminded the confirmed bookings of `visitDate` made before `bookedBefore`; what their reminders say. */
  remindDue(tx: EntityManager, visitDate: string, bookedBefore: Date): Promise<MessageFacts[]> {
    return tx.query(
      `WITH due AS (
         UPDATE bookings SET reminded_at = now()
          WHERE status = 'confirmed' AND reminded_at IS NULL AND visit_date = $1 AND created_at < $2
         RETURNING *)
       SELECT ${FACT_COLUMNS} FROM due b ${FACT_JOINS}`,
      [visitDate, bookedBefore],
    );
  }

  /** Confirmed bookings whose slot has ended and nobody checked in become no-shows: their accounts and kinds. */
  async markNoShows(tx: EntityManager): Promise<{ accountId: string; kind: string }[]> {
    const [missed]: [{ accountId: string; kind: string }[], number] = await tx.query(
      `UPDATE bookings b SET status = 'no_show', no_show_at = now()
         FROM slot_facts s WHERE s.id = b.slot_id AND b.status = 'confirmed' AND s.ends_at <= now()
       RETURNING b.account_id AS "accountId", b.kind`,
    );
    return missed;
  }

  /** Waitlist entries whose slot has started expire: their ids. */
  async expireWaitlisted(tx: EntityManager): Promise<string[]> {
    const [expired]: [{ id: string }[], number] = await tx.query(
      `UPDATE bookings b SET status = 'expired'
         FROM slot_facts s WHERE s.id = b.slot_id AND b.status = 'waitlisted' AND s.starts_at <= now()
       RETURNING b.id`,
    );
    return expired.map((b) => b.id);
  }
}
