import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models (docs/table-ownership.md): views a lib publishes over its own tables, so other libs
 * read the few columns they need without naming the owner's tables. Each view is narrow and holds
 * no personal data; Postgres inlines them, so the queries reading them plan as before. A later
 * migration that changes a column a view shows drops and recreates the view around the change.
 *
 * - register: `venue_facts` (a venue's name, kind, place and status), `published_venue_content`
 *   (venues with a published revision, with the address, accreditations and accessibility it
 *   publishes), `organisation_names` (an organisation's name, verified name and region).
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW organisation_names`);
    await q.query(`DROP VIEW published_venue_content`);
    await q.query(`DROP VIEW venue_facts`);
  }
}
