import { Injectable, OnModuleInit } from '@nestjs/common';
import { ResourceMergeSteps } from '@kepu/register';

/** Every figure of a venue-day: a merged venue's days are added to the kept venue's (docs/register.md). */
const FIGURES = [
  'slots',
  'capacity',
  'bookings',
  'people_booked',
  'people_served',
  'people_no_show',
  'cancelled_bookings',
  'waitlisted',
  'promoted',
  'booked_adult',
  'booked_child',
  'booked_senior',
  'served_adult',
  'served_child',
  'served_senior',
  'group_bookings',
  'group_people_served',
  'people_booked_counter',
  'people_booked_phone',
  'walk_ins',
];

/**
 * A merged venue's daily figures join the kept venue's: days both have are added up. The rollup
 * recomputes recent days from the moved bookings anyway; older days exist only here.
 */
@Injectable()
export class StatsMergeStep implements OnModuleInit {
  constructor(private readonly steps: ResourceMergeSteps) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      const [{ days }]: { days: number }[] = await tx.query(
        `WITH moved AS (DELETE FROM stats_daily WHERE resource_id = $1 RETURNING *),
              added AS (
                INSERT INTO stats_daily (resource_id, day, ${FIGURES.join(', ')})
                SELECT $2, day, ${FIGURES.join(', ')} FROM moved
                ON CONFLICT (resource_id, day) DO UPDATE
                  SET ${FIGURES.map((f) => `${f} = stats_daily.${f} + EXCLUDED.${f}`).join(', ')}, refreshed_at = now()
                RETURNING 1)
         SELECT count(*)::int AS days FROM added`,
        [from, into],
      );
      return { statisticsDays: days };
    });
  }
}
