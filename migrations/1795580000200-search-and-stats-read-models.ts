import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More read models (docs/table-ownership.md), so search and the figures stop reading other libs'
 * tables. Each view is built over its owner's tables only, narrow, with no personal data:
 *
 * - register: `searchable_resources`, the resources search shows (published, not taken out of
 *   search) with their published revision's number and when they last changed;
 * - outreach: `outreach_order_facts`, `outreach_activity_facts`, `volunteer_service_facts` and
 *   `volunteer_manual_minutes`, what the outreach figures count (a volunteer's account id only, to
 *   count people once; no name, contact, comment or reason);
 * - booking: `group_visit_facts`, group visits' venue, school, status, day and head counts (no
 *   leader, phone, class or feedback text).
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

    await q.query(
      `CREATE VIEW outreach_order_facts AS
         SELECT o.id, o.status, o.region_code, o.created_at, o.taken_at, o.rating, o.rated_at FROM outreach_orders o`,
    );
    await q.query(
      `CREATE VIEW outreach_activity_facts AS
         SELECT a.id, a.order_id, a.starts_at, a.people_reached FROM outreach_activities a`,
    );
    await q.query(
      `CREATE VIEW volunteer_service_facts AS
         SELECT v.activity_id, v.account_id, v.team_id, v.signed_in_at, v.credited_minutes
           FROM outreach_activity_volunteers v`,
    );
    await q.query(
      `CREATE VIEW volunteer_manual_minutes AS
         SELECT m.team_id, m.minutes, m.added_at FROM volunteer_manual_hours m`,
    );

    await q.query(
      `CREATE VIEW group_visit_facts AS
         SELECT g.id, g.resource_id, g.school_id, g.status, g.visit_date, g.created_at, g.grade_band, g.students,
                g.teachers, g.rating
           FROM group_visits g`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW group_visit_facts`);
    await q.query(`DROP VIEW volunteer_manual_minutes`);
    await q.query(`DROP VIEW volunteer_service_facts`);
    await q.query(`DROP VIEW outreach_activity_facts`);
    await q.query(`DROP VIEW outreach_order_facts`);
    await q.query(`DROP VIEW searchable_resources`);
  }
}
