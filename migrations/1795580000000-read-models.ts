import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models (docs/table-ownership.md): views a lib publishes over its own tables, so other libs
 * read the few columns they need without naming the owner's tables. Each view is narrow and holds
 * no personal data; Postgres inlines them, so the queries reading them plan as before. A later
 * migration that changes a column a view shows drops and recreates the view around the change.
 *
 * - register: `venue_facts` (a venue's name, kind, place and status), `published_venue_content`
 *   (venues with a published revision, with the address, accreditations and accessibility it
 *   publishes), `organisation_names` (an organisation's name, verified name and region);
 * - schedule: `slot_facts` (a slot's time, status and places, with its offering's title),
 *   `offering_facts` (what an offering is and when it runs, as the public sees it);
 * - booking: `booking_facts` (a booking's venue, day, kind, channel, status and head counts, no
 *   account or contact), `booking_visitor_categories` (each visitor's category, no name or ID) and
 *   `walk_in_counts` (the walk-in tallies), for the figures.
 */
export class ReadModels1795580000000 implements MigrationInterface {
  name = 'ReadModels1795580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW venue_facts AS
         SELECT r.id, r.organisation_id, r.status, r.name, r.name_en, r.type, r.region_code, r.latitude, r.longitude,
                r.themes
           FROM resources r`,
    );
    await q.query(
      `CREATE VIEW published_venue_content AS
         SELECT r.id, r.status, r.name, r.type, r.region_code, r.latitude, r.longitude, r.themes,
                rev.content->>'address' AS address, rev.content->'accreditations' AS accreditations,
                rev.content->'accessibility' AS accessibility
           FROM resources r JOIN resource_revisions rev ON rev.id = r.published_revision_id`,
    );
    await q.query(
      `CREATE VIEW organisation_names AS
         SELECT o.id, o.name, o.verified_name, o.region_code FROM organisations o`,
    );

    // The left join finds the one offering every slot has; a query reading no title skips it.
    await q.query(
      `CREATE VIEW slot_facts AS
         SELECT s.id, s.offering_id, s.resource_id, s.starts_at, s.ends_at, s.status, s.capacity, s.booked,
                s.group_capacity, s.group_booked, o.title
           FROM slots s LEFT JOIN offerings o ON o.id = s.offering_id`,
    );
    await q.query(
      `CREATE VIEW offering_facts AS
         SELECT o.id, o.resource_id, o.title, o.description, o.kind, o.status, o.dates, o.valid_from, o.valid_to,
                o.start_times, o.slot_minutes, o.price_fen
           FROM offerings o`,
    );

    await q.query(
      `CREATE VIEW booking_facts AS
         SELECT b.id, b.slot_id, b.resource_id, b.visit_date, b.kind, b.channel, b.status, b.party_size, b.checked_in_count,
                b.promoted_at
           FROM bookings b`,
    );
    await q.query(
      `CREATE VIEW booking_visitor_categories AS
         SELECT v.booking_id, v.category FROM booking_visitors v`,
    );
    await q.query(
      `CREATE VIEW walk_in_counts AS
         SELECT w.slot_id, w.resource_id, w.visit_date, w.count FROM slot_walk_ins w`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW walk_in_counts`);
    await q.query(`DROP VIEW booking_visitor_categories`);
    await q.query(`DROP VIEW booking_facts`);
    await q.query(`DROP VIEW offering_facts`);
    await q.query(`DROP VIEW slot_facts`);
    await q.query(`DROP VIEW organisation_names`);
    await q.query(`DROP VIEW published_venue_content`);
    await q.query(`DROP VIEW venue_facts`);
  }
}
