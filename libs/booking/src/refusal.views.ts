/**
 * The facts some booking refusals carry in `details` (ErrorDefinition.details), so a client can
 * say when or why without parsing the message. Times are ISO 8601 in Shanghai time; days `YYYY-MM-DD`.
 */
import { ApiProperty } from '@nestjs/swagger';

export class CheckInOpensAt {
  /** When the gate starts admitting this booking (its slot's start less the early-entry minutes). */
  opensAt!: string;
}

export class BookedForAnotherDay {
  /** The day the booking is for. */
  visitDate!: string;
}

export class BookingClosedAt {
  /** When booking this slot closed. */
  closedAt!: string;
}

export class CancellationDeadline {
  /** The last moment the booking could be cancelled. */
  deadline!: string;
}

export class RescheduleDeadline {
  /** The last moment the booking could change its time. */
  deadline!: string;
}

export class RescheduleLimit {
  /** How often one booking may change its time. */
  limit!: number;
}

export const LEADER_REFUSALS = ['not_a_teacher_here', 'suspended', 'not_verified'] as const;

export class LeaderRefusal {
  /** Not a teacher of this school, an account suspended, or one that has not proved its phone or e-mail. */
  @ApiProperty({ enum: LEADER_REFUSALS })
  reason!: (typeof LEADER_REFUSALS)[number];
}

export class OpenGroupVisits {
  /** The group visits this account leads or requested that have not happened yet. */
  count!: number;
}

export class PlacesLeft {
  /** Places the slot still has. */
  remaining!: number;
}

export class WalkInsSoFar {
  /** Walk-ins recorded for the slot so far. */
  walkIns!: number;
}
