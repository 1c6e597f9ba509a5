import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError } from '@kepu/core';
import { RegisterErrors, ResourceMergeSteps } from '@kepu/register';
import { SlotWalkIn } from '../desk/walk-in.entity';
import { GroupAgreement, GroupVisit } from '../groups/group-visit.entity';
import { Booking, BookingVisitor } from './booking.entity';

/**
 * A merged venue's bookings (with their visitors), group visits, agreements and walk-in tallies move
 * to the kept venue, where they are checked in and counted as before (docs/register.md, "Duplicates
 * and merging"). The walk-ins' slots move with the offerings; the figures join walk-ins by venue.
 */
@Injectable()
export class BookingsMergeStep implements OnModuleInit {
  constructor(private readonly steps: ResourceMergeSteps) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      // One visit per person, venue and day: two of them would become one venue's.
      const [{ clashes }]: { clashes: number }[] = await tx.query(
        `SELECT count(*)::int AS clashes FROM booking_visitors a JOIN booking_visitors b
            ON b.visit_date = a.visit_date AND b.id_hash = a.id_hash
         WHERE a.resource_id = $1 AND b.resource_id = $2`,
        [from, into],
      );
      if (clashes) throw new AppError(RegisterErrors.MERGE_BLOCKED_BY_BOOKINGS, { visitors: clashes });
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
    });
  }
}
