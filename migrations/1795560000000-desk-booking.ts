import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The booking desk (docs/booking-rules.md, "The booking desk"):
 * - a booking records its channel: `online` (the visitor's own account), or `counter` and `phone`,
 *   made by a venue's operator (`booked_by`) for someone who may have no account (`account_id`
 *   null);
 * - an offering may hold back a share of each slot for the desk until some hours before it starts;
 * - `slot_walk_ins`: people admitted without a booking, a ledger of tallies (corrections are
 *   negative) whose sum per slot takes places from `slots.booked` beside the bookings.
 */
export class DeskBooking1795560000000 implements MigrationInterface {
  name = 'DeskBooking1795560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings ALTER COLUMN account_id DROP NOT NULL`);
    await q.query(`ALTER TABLE bookings ADD COLUMN channel varchar(8) NOT NULL DEFAULT 'online'`);
    await q.query(`ALTER TABLE bookings ADD COLUMN booked_by uuid`);
    await q.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_channel CHECK ("channel" IN ('online', 'counter', 'phone'))`,
    );
    await q.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_account_or_desk CHECK ("account_id" IS NOT NULL OR "channel" <> 'online')`,
    );
    await q.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_booked_by_fkey FOREIGN KEY (booked_by) REFERENCES accounts(id) ON DELETE SET NULL`,
    );

    await q.query(`ALTER TABLE offerings ADD COLUMN counter_share smallint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE offerings ADD COLUMN counter_release_hours smallint NOT NULL DEFAULT 24`);
    await q.query(
      `ALTER TABLE offerings ADD CONSTRAINT offerings_counter_share CHECK ("counter_share" BETWEEN 0 AND 50 AND "counter_release_hours" BETWEEN 0 AND 168)`,
    );

    await q.query(`
      CREATE TABLE slot_walk_ins (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        visit_date date NOT NULL,
        count smallint NOT NULL,
        recorded_by uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT slot_walk_ins_pkey PRIMARY KEY (id),
        CONSTRAINT slot_walk_ins_count CHECK ("count" <> 0 AND "count" BETWEEN -500 AND 500),
        CONSTRAINT slot_walk_ins_slot_fkey FOREIGN KEY (slot_id) REFERENCES slots(id) ON DELETE CASCADE,
        CONSTRAINT slot_walk_ins_resource_fkey FOREIGN KEY (resource_id) REFERENCES resources(id) ON DELETE CASCADE,
        CONSTRAINT slot_walk_ins_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES accounts(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX slot_walk_ins_slot_idx ON slot_walk_ins (slot_id)`);
    await q.query(`CREATE INDEX slot_walk_ins_resource_day_idx ON slot_walk_ins (resource_id, visit_date)`);

    await q.query(`ALTER TABLE stats_daily ADD COLUMN people_booked_counter integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE stats_daily ADD COLUMN people_booked_phone integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE stats_daily ADD COLUMN walk_ins integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stats_daily DROP COLUMN walk_ins`);
    await q.query(`ALTER TABLE stats_daily DROP COLUMN people_booked_phone`);
    await q.query(`ALTER TABLE stats_daily DROP COLUMN people_booked_counter`);
    await q.query(`DROP TABLE slot_walk_ins`);
    await q.query(`ALTER TABLE offerings DROP CONSTRAINT offerings_counter_share`);
    await q.query(`ALTER TABLE offerings DROP COLUMN counter_release_hours`);
    await q.query(`ALTER TABLE offerings DROP COLUMN counter_share`);
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_booked_by_fkey`);
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_account_or_desk`);
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_channel`);
    await q.query(`ALTER TABLE bookings DROP COLUMN booked_by`);
    await q.query(`ALTER TABLE bookings DROP COLUMN channel`);
    // Desk bookings without an account cannot survive the old rule.
    await q.query(`DELETE FROM bookings WHERE account_id IS NULL`);
    await q.query(`ALTER TABLE bookings ALTER COLUMN account_id SET NOT NULL`);
  }
}
