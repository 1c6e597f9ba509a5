import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { And, DataSource, EntityManager, In, LessThan, MoreThan, MoreThanOrEqual } from 'typeorm';
import { Offering } from '../offerings/offering.entity';
import { deskHoldSql } from './booking-window';
import type { FreePlaces, SlotQuota, TakeOptions } from './slot-capacity';
import { Slot } from './slot.entity';

const QUOTAS: Record<SlotQuota, { counter: string; limit: string }> = {
  individual: { counter: 'booked', limit: 'capacity' },
  group: { counter: 'group_booked', limit: 'group_capacity' },
};

/** SQL, on `slots s` joined to `offerings o`: the moment booking closes (the offering's cutoff before the start). */
const BOOKING_CLOSES_AT = `(s.starts_at - make_interval(mins => o.cutoff_minutes))`;

/**
 * The `slots` table: every read and write of it. The place counters are changed only by the
 * static methods below, in the caller's transaction: the SlotCapacity port is their face to other
 * libs. Exported for the reads other libs make of slots (booking's views, check-in, walk-ins).
 */
@Injectable()
export class SlotsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The slot; null when there is none. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Slot | null> {
    return manager.findOneBy(Slot, { id });
  }

  /** The slot, which must exist. */
  getById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Slot> {
    return manager.findOneByOrFail(Slot, { id });
  }

  /** The slots of these ids that exist, in no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Slot[]> {
    return manager.findBy(Slot, { id: In([...new Set(ids)]) });
  }

  /** The slot, locked for the caller's change (its row lock orders a walk-in tally against bookings). */
  lock(tx: EntityManager, id: string): Promise<Slot | null> {
    return tx.findOne(Slot, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A slot with its offering and venue, in one round trip (findOne with relations would read twice). */
  withOfferingAndVenue(tx: EntityManager, id: string): Promise<Slot | null> {
    return tx
      .createQueryBuilder(Slot, 'slot')
      .innerJoinAndSelect('slot.offering', 'offering')
      .innerJoinAndSelect('offering.resource', 'resource')
      .where('slot.id = :id', { id })
      .getOne();
  }

  /** An offering's slots starting between two instants (the second excluded), in time order. */
  between(offeringId: string, from: Date, to: Date): Promise<Slot[]> {
    return this.dataSource.getRepository(Slot).find({
      where: { offeringId, startsAt: And(MoreThanOrEqual(from), LessThan(to)) },
      order: { startsAt: 'ASC' },
    });
  }

  /** An offering's slots starting after `now`, locked for this transaction, in time order. */
  lockFuture(tx: EntityManager, offeringId: string, now: Date): Promise<Slot[]> {
    return tx.find(Slot, {
      where: { offeringId, startsAt: MoreThan(now) },
      order: { startsAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts the slots the offering lacks (a start taken meanwhile is skipped); the number inserted. */
  async insertMissing(
    tx: EntityManager,
    offering: Offering,
    missing: { startsAt: Date; endsAt: Date }[],
  ): Promise<number> {
    const inserted = await tx.query(
      `INSERT INTO slots (offering_id, resource_id, starts_at, ends_at, capacity, group_capacity)
         SELECT $1, $2, s, e, $3, $4 FROM unnest($5::timestamptz[], $6::timestamptz[]) AS t(s, e)
         ON CONFLICT (offering_id, starts_at) DO NOTHING RETURNING id`,
      [
        offering.id,
        offering.resourceId,
        offering.capacity,
        offering.groupCapacity,
        missing.map((slot) => slot.startsAt),
        missing.map((slot) => slot.endsAt),
      ],
    );
    return inserted.length;
  }

  /**
   * Gives slots their new end and the offering's capacities (never below the places taken), and
   * schedules them again.
   */
  async reshape(
    tx: EntityManager,
    changes: { id: string; endsAt: Date }[],
    capacity: number,
    groupCapacity: number,
  ): Promise<void> {
    await tx.query(
      `UPDATE slots SET ends_at = t.e, status = 'scheduled',
                capacity = greatest($2, slots.booked), group_capacity = greatest($3, slots.group_booked)
           FROM unnest($1::uuid[], $4::timestamptz[]) AS t(id, e) WHERE slots.id = t.id`,
      [changes.map((c) => c.id), capacity, groupCapacity, changes.map((c) => c.endsAt)],
    );
  }

  async cancel(tx: EntityManager, ids: string[]): Promise<void> {
    await tx.query(`UPDATE slots SET status = 'cancelled' WHERE id = ANY($1)`, [ids]);
  }

  /**
   * Deletes those of the slots that are still empty (re-checked in the statement: a booking may not
   * take a place in a slot being removed), in a savepoint, so a foreign-key refusal keeps the
   * caller's transaction. The ids deleted.
   */
  deleteEmpty(tx: EntityManager, ids: string[]): Promise<{ id: string }[]> {
    return tx.transaction((inner) =>
      inner.query(`DELETE FROM slots WHERE id = ANY($1) AND booked = 0 AND group_booked = 0 RETURNING id`, [ids]),
    );
  }

  /** Retires an empty slot that cannot be deleted (history points at it) as cancelled. */
  async retireEmpty(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE slots SET status = 'cancelled' WHERE id = $1 AND booked = 0 AND group_booked = 0`, [id]);
  }

  /** A merged venue's slots move to the kept venue. */
  async moveToResource(tx: EntityManager, from: string, into: string): Promise<void> {
    await tx.getRepository(Slot).update({ resourceId: from }, { resourceId: into });
  }

  /** Takes `places` from the quota of a scheduled slot; false when they are not free. */
  static async take(
    tx: EntityManager,
    slotId: string,
    places: number,
    quota: SlotQuota,
    options: TakeOptions,
  ): Promise<boolean> {
    const { counter, limit } = QUOTAS[quota];
    const held = options.leaveDeskHold ? ` - ${deskHoldSql('slots', 'o', 'now()')}` : '';
    const also = options.onlyIf ? ` AND ${options.onlyIf('slots')}` : '';
    const [, taken] = await tx.query(
      `UPDATE slots SET ${counter} = ${counter} + $2 FROM offerings o
        WHERE slots.id = $1 AND o.id = slots.offering_id AND slots.status = 'scheduled'
          AND slots.${counter} + $2 <= slots.${limit}${held}${also}`,
      [slotId, places],
    );
    return taken === 1;
  }

  /** Takes `places` from the families' quota of a slot the caller has locked and counted. */
  static async takeCounted(tx: EntityManager, slotId: string, places: number): Promise<boolean> {
    const [, taken] = await tx.query(
      `UPDATE slots SET booked = booked + $2 WHERE id = $1 AND status = 'scheduled' AND booked + $2 <= capacity`,
      [slotId, places],
    );
    return taken === 1;
  }

  /** Gives `places` back to the quota they were taken from. */
  static async release(tx: EntityManager, slotId: string, places: number, quota: SlotQuota): Promise<void> {
    const { counter } = QUOTAS[quota];
    await tx.query(`UPDATE slots SET ${counter} = ${counter} - $2 WHERE id = $1`, [slotId, places]);
  }

  /** The places left in a slot's quota, as the caller's transaction sees them. */
  static async remaining(tx: EntityManager, slotId: string, quota: SlotQuota): Promise<number> {
    const { counter, limit } = QUOTAS[quota];
    const [{ remaining }]: { remaining: number }[] = await tx.query(
      `SELECT ${limit} - ${counter} AS remaining FROM slots WHERE id = $1`,
      [slotId],
    );
    return remaining;
  }

  /** Locks the slots' rows in id order, so that two transactions locking the same slots wait rather than deadlock. */
  static async lockInOrder(tx: EntityManager, slotIds: string[]): Promise<void> {
    await tx.query(`SELECT id FROM slots WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [slotIds]);
  }

  /** Moves the families' counter by `places` (negative to give places back), unconditionally. */
  static async count(tx: EntityManager, slotId: string, places: number): Promise<void> {
    await tx.query(`UPDATE slots SET booked = booked + $2 WHERE id = $1`, [slotId, places]);
  }

  /** A slot's families' places and how many are taken, as the caller's transaction sees them. */
  static async counters(tx: EntityManager, slotId: string): Promise<{ capacity: number; booked: number }> {
    const [counters]: { capacity: number; booked: number }[] = await tx.query(
      `SELECT capacity, booked FROM slots WHERE id = $1`,
      [slotId],
    );
    return counters;
  }

  /**
   * Locks a scheduled slot that has not started by `at` (FOR NO KEY UPDATE: its counters change,
   * never its key) and reads its free places; with `skipLocked`, a slot another transaction holds
   * is left alone, as one not found.
   */
  static async lockFreePlaces(
    tx: EntityManager,
    slotId: string,
    at: Date,
    skipLocked: boolean,
  ): Promise<FreePlaces | undefined> {
    const wait = skipLocked ? ' SKIP LOCKED' : '';
    const [slot]: FreePlaces[] = await tx.query(
      `SELECT s.capacity - s.booked - ${deskHoldSql('s', 'o', '$2::timestamptz')} AS free, s.capacity,
              $2::timestamptz >= ${BOOKING_CLOSES_AT} AS closed
         FROM slots s JOIN offerings o ON o.id = s.offering_id
        WHERE s.id = $1 AND s.status = 'scheduled' AND s.starts_at > $2
        FOR NO KEY UPDATE OF s${wait}`,
      [slotId, at],
    );
    return slot;
  }

  /** SQL, a derived table: each slot with its places and its offering's booking terms at `at` (SlotCapacity.placesSql). */
  static placesSql(at: string): string {
    return `(SELECT s.id, s.status, s.starts_at, s.capacity, s.booked,
                    ${deskHoldSql('s', 'o', at)} AS desk_hold, ${at} >= ${BOOKING_CLOSES_AT} AS closed,
                    o.status AS offering_status, o.booking_opens_days_ahead, o.booking_opens_at, o.cutoff_minutes
               FROM slots s JOIN offerings o ON o.id = s.offering_id)`;
  }
}
