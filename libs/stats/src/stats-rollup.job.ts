import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';

/** Days before today that may still change (late check-ins, no-shows marked after the day). */
const SETTLING_DAYS = 7;
/** Days ahead that already have slots and bookings. */
const AHEAD_DAYS = 62;

const HELD = `('confirmed', 'checked_in', 'no_show')`;

/**
 * Rolls bookings, walk-ins and slots up into `stats_daily`, one row per venue and day (people
 * served are those checked in and those admitted without a booking), so the figures for a
 * city and a year read a few thousand rows instead of every booking. Each run recomputes the days
 * that can still change (a week back to two months ahead) in one transaction; the first run, or
 * `refresh()` without dates, recomputes everything.
 */
@ScheduledJob({ name: 'stats.rollup', everySeconds: 300 })
export class StatsRollupJob implements ScheduledJobHandler {
  private readonly logger = new Logger(StatsRollupJob.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<void> {
    const [{ empty }] = await this.dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM stats_daily) AS empty`);
    const today = shanghaiToday();
    const rows = empty
      ? await this.refresh()
      : await this.refresh(addDays(today, -SETTLING_DAYS), addDays(today, AHEAD_DAYS));
    this.logger.log(`Rolled up ${rows} venue-days`);
  }

  /** Recomputes the venue-days between `from` and `to` (inclusive), or all of them; returns how many rows it wrote. */
  async refresh(from = '0001-01-01', to = '9999-12-31'): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM stats_daily WHERE day BETWEEN $1 AND $2`, [from, to]);
      const written = await tx.queryRunner!.query(
        `WITH s AS (
           SELECT resource_id, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                  count(*)::int AS slots, sum(capacity + group_capacity)::int AS capacity
             FROM slot_facts
            WHERE status <> 'cancelled'
              AND starts_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
              AND starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
            GROUP BY 1, 2),
         b AS (
           SELECT resource_id, visit_date AS day,
                  count(*) FILTER (WHERE status IN ${HELD} OR status = 'cancelled')::int AS bookings,
                  coalesce(sum(party_size) FILTER (WHERE status IN ${HELD}), 0)::int AS people_booked,
                  coalesce(sum(party_size) FILTER (WHERE status IN ${HELD} AND channel = 'counter'), 0)::int
                    AS people_booked_counter,
                  coalesce(sum(party_size) FILTER (WHERE status IN ${HELD} AND channel = 'phone'), 0)::int
                    AS people_booked_phone,
                  coalesce(sum(coalesce(checked_in_count, party_size)) FILTER (WHERE status = 'checked_in'), 0)::int
                    AS people_served,
                  coalesce(sum(party_size) FILTER (WHERE status = 'no_show'), 0)::int AS people_no_show,
                  count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled_bookings,
                  count(*) FILTER (WHERE status IN ('waitlisted', 'expired') OR promoted_at IS NOT NULL)::int
                    AS waitlisted,
                  count(*) FILTER (WHERE promoted_at IS NOT NULL)::int AS promoted,
                  count(*) FILTER (WHERE kind = 'group' AND status IN ${HELD})::int AS group_bookings,
                  coalesce(sum(coalesce(checked_in_count, party_size))
                    FILTER (WHERE kind = 'group' AND status = 'checked_in'), 0)::int AS group_people_served
             FROM booking_facts
            WHERE visit_date BETWEEN $1 AND $2
            GROUP BY 1, 2),
         v AS (
           SELECT b.resource_id, b.visit_date AS day,
                  count(*) FILTER (WHERE v.category = 'adult' AND b.status IN ${HELD})::int AS booked_adult,
                  count(*) FILTER (WHERE v.category = 'child' AND b.status IN ${HELD})::int AS booked_child,
                  count(*) FILTER (WHERE v.category = 'senior' AND b.status IN ${HELD})::int AS booked_senior,
                  count(*) FILTER (WHERE v.category = 'adult' AND b.status = 'checked_in')::int AS served_adult,
                  count(*) FILTER (WHERE v.category = 'child' AND b.status = 'checked_in')::int AS served_child,
                  count(*) FILTER (WHERE v.category = 'senior' AND b.status = 'checked_in')::int AS served_senior
             FROM booking_visitor_categories v JOIN booking_facts b ON b.id = v.booking_id
            WHERE b.visit_date BETWEEN $1 AND $2
            GROUP BY 1, 2),
         w AS (
           SELECT resource_id, visit_date AS day, sum(count)::int AS walk_ins
             FROM walk_in_counts
            WHERE visit_date BETWEEN $1 AND $2
            GROUP BY 1, 2)
         INSERT INTO stats_daily (resource_id, day, slots, capacity, bookings, people_booked, people_served,
                                  people_no_show, cancelled_bookings, waitlisted, promoted, booked_adult, booked_child,
                                  booked_senior, served_adult, served_child, served_senior, group_bookings,
                                  group_people_served, people_booked_counter, people_booked_phone, walk_ins)
         SELECT resource_id, day, coalesce(s.slots, 0), coalesce(s.capacity, 0), coalesce(b.bookings, 0),
                coalesce(b.people_booked, 0), coalesce(b.people_served, 0) + coalesce(w.walk_ins, 0),
                coalesce(b.people_no_show, 0),
                coalesce(b.cancelled_bookings, 0), coalesce(b.waitlisted, 0), coalesce(b.promoted, 0),
                coalesce(v.booked_adult, 0), coalesce(v.booked_child, 0), coalesce(v.booked_senior, 0),
                coalesce(v.served_adult, 0), coalesce(v.served_child, 0), coalesce(v.served_senior, 0),
                coalesce(b.group_bookings, 0), coalesce(b.group_people_served, 0),
                coalesce(b.people_booked_counter, 0), coalesce(b.people_booked_phone, 0), coalesce(w.walk_ins, 0)
           FROM s FULL JOIN b USING (resource_id, day) LEFT JOIN v USING (resource_id, day)
           LEFT JOIN w USING (resource_id, day)`,
        [from, to],
        true,
      );
      return written.affected ?? 0;
    });
  }
}
