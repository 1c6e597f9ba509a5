import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A resource's English name beside its Chinese one on the resource row, as the other fields lists
 * show (`name` to `free`) are mirrored from its content: search results, venue lists, bookings,
 * group visits and statistics show it to English readers without reading the revision.
 */
export class ResourceNameEn1795570000070 implements MigrationInterface {
  name = 'ResourceNameEn1795570000070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resources ADD COLUMN name_en character varying(200)`);
    // The revision the other mirrored fields come from: the published one, or the working one before.
    await q.query(
      `UPDATE resources r SET name_en = nullif(trim(rev.content->>'nameEn'), '')
         FROM resource_revisions rev
        WHERE rev.id = coalesce(r.published_revision_id, r.working_revision_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resources DROP COLUMN name_en`);
  }
}
