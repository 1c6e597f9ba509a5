import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SlotWalkIn } from '../desk/walk-in.entity';
import { GroupAgreement, GroupVisit } from '../groups/group-visit.entity';
import { Booking, BookingVisitor } from './booking.entity';

/** What a venue merge moves across booking's tables, table by table. */
export type MovedRows = Record<'bookings' | 'groupVisits' | 'groupAgreements' | 'walkIns', number>;

/** A merged venue's rows in booking's tables: bookings with their visitors, group visits, agreements, walk-ins. */
@Injectable()
export class VenueMergeStore {
  /** How many visitors at venue `from` are booked at venue `into` on the same day by the same document. */
  async idClashes(tx: EntityManager, from: string, into: string): Promise<number> {
    const [{ clashes }]: { clashes: number }[] = await tx.query(
      `SELECT count(*)::int AS clashes FROM booking_visitors a JOIN booking_visitors b
          ON b.visit_date = a.visit_date AND b.id_hash = a.id_hash
       WHERE a.resource_id = $1 AND b.resource_id = $2`,
      [from, into],
    );
    return clashes;
  }

  /** Moves the rows of venue `from` to venue `into`; how many of each moved. */
  async moveToResource(tx: EntityManager, from: string, into: string): Promise<MovedRows> {
    const moved = { resourceId: into };
    const bookings = await tx.getRepository(Booking).update({ resourceId: from }, moved);
    await tx.getRepository(BookingVisitor).update({ resourceId: from }, moved);
    const groupVisits = await tx.getRepository(GroupVisit).update({ resourceId: from }, moved);
    const agreements = await tx.getRepository(GroupAgreement).update({ resourceId: from }, moved);
    const walkIns = await tx.getRepository(SlotWalkIn).update({ resourceId: from }, moved);
    return {
      bookings: bookings.affected ?? 0,
      groupVisits: groupVisits.affected ?? 0,
      groupAgreements: agreements.affected ?? 0,
      walkIns: walkIns.affected ?? 0,
    };
  }
}
