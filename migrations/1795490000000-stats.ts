import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics: resident population per region (for venues per 10,000 residents) and the daily
 * rollup of service figures per venue that the worker keeps and the stats endpoints read.
 */
export class Stats1795490000000 implements MigrationInterface {
  name = 'Stats1795490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE regions ADD COLUMN population integer CHECK (population IS NULL OR population > 0)`);
    // Resident population from the Seventh National Population Census (2020), Shenzhen bulletin;
    // administrators may correct it through the regions API when newer figures come out.
    await q.query(`
      UPDATE regions SET population = figures.population
        FROM (VALUES ('440300', 17560061), ('440303', 1143801), ('440304', 1553225), ('440305', 1795826),
                     ('440306', 4476554), ('440307', 3979037), ('440308', 214225), ('440309', 2528872),
                     ('440310', 551333), ('440311', 1095289), ('440300-DP', 156236))
             AS figures (code, population)
       WHERE regions.code = figures.code`);
    await q.query(`
      CREATE TABLE stats_daily (
        resource_id          uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
        day                  date NOT NULL,
        slots                integer NOT NULL DEFAULT 0,
        capacity             integer NOT NULL DEFAULT 0,
        bookings             integer NOT NULL DEFAULT 0,
        people_booked        integer NOT NULL DEFAULT 0,
        people_served        integer NOT NULL DEFAULT 0,
        people_no_show       integer NOT NULL DEFAULT 0,
        cancelled_bookings   integer NOT NULL DEFAULT 0,
        waitlisted           integer NOT NULL DEFAULT 0,
        promoted             integer NOT NULL DEFAULT 0,
        booked_adult         integer NOT NULL DEFAULT 0,
        booked_child         integer NOT NULL DEFAULT 0,
        booked_senior        integer NOT NULL DEFAULT 0,
        served_adult         integer NOT NULL DEFAULT 0,
        served_child         integer NOT NULL DEFAULT 0,
        served_senior        integer NOT NULL DEFAULT 0,
        group_bookings       integer NOT NULL DEFAULT 0,
        group_people_served  integer NOT NULL DEFAULT 0,
        refreshed_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (resource_id, day)
      )`);
    await q.query(`CREATE INDEX stats_daily_day_idx ON stats_daily (day, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_daily`);
    await q.query(`ALTER TABLE regions DROP COLUMN population`);
  }
}
