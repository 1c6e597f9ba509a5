import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More read models (docs/table-ownership.md), so search stops reading register's tables. Each view
 * is built over its owner's tables only, narrow, with no personal data:
 *
 * - register: `searchable_resources`, the resources search shows (published, not taken out of
 *   search) with their published revision's number and when they last changed.
 */
export class SearchAndStatsReadModels1795580000200 implements MigrationInterface {
  name = 'SearchAndStatsReadModels1795580000200';

  async up(q: QueryRunner): Promise<void> {
    // A left join on the revision's key: a query reading no revision (a count) skips the join.
    await q.query(
      `CREATE VIEW searchable_resources AS
         SELECT r.id, rev.number AS revision, r.updated_at
           FROM resources r LEFT JOIN resource_revisions rev ON rev.id = r.published_revision_id
          WHERE r.status = 'published' AND r.hidden_from_search_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW searchable_resources`);
  }
}
