/** What replanning slots reports: answers of the opening-hours and offering changes. */

/** A slot with bookings that a change no longer produces, or whose capacity could not drop. */
export class AffectedSlot {
  slotId!: string;
  offeringId!: string;
  /** Shanghai time, e.g. `2026-11-23T09:00:00+08:00`. */
  start!: string;
  end!: string;
  /** Places booked by individual visitors. */
  booked!: number;
  /** Places booked by school groups. */
  groupBooked!: number;
}

/** What a change did to the slots ahead. */
export class ReplanReport {
  created!: number;
  updated!: number;
  /** Empty slots the new rules no longer produce. */
  removed!: number;
  /** Slots with bookings that the new rules no longer produce, kept at the operator's request. */
  kept!: AffectedSlot[];
  /** The same, cancelled at the operator's request (their bookings are cancelled and told). */
  cancelled!: AffectedSlot[];
  /** Slots whose capacity could not drop below the places already booked. */
  capacityKept!: AffectedSlot[];
}
