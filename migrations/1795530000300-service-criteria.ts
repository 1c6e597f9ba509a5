import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Yearly service criteria for science bases (docs/register.md, "Yearly service against the
 * district's criteria"): per region and resource type, the open days and visitors a base must reach
 * in a year. A district's rule overrides its city's, which overrides its province's. Seeded with
 * 龙岗区's criteria for 科普教育基地: labs 20 days and 800 visitors, museums 80 days and 800,
 * enterprise halls 100 days and 2,000.
 */
export class ServiceCriteria1795530000300 implements MigrationInterface {
  name = 'ServiceCriteria1795530000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_criteria (
        region_code    varchar(16) NOT NULL REFERENCES regions (code) ON DELETE CASCADE,
        resource_type  varchar(32) NOT NULL,
        min_open_days  integer NOT NULL CHECK (min_open_days BETWEEN 0 AND 366),
        min_visitors   integer NOT NULL CHECK (min_visitors BETWEEN 0 AND 10000000),
        updated_by     uuid REFERENCES accounts (id) ON DELETE SET NULL,
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, resource_type)
      )`);
    await q.query(`
      INSERT INTO service_criteria (region_code, resource_type, min_open_days, min_visitors)
      SELECT '440307', rule.resource_type, rule.min_open_days, rule.min_visitors
        FROM (VALUES ('research_facility', 20, 800), ('science_museum', 80, 800), ('museum', 80, 800),
                     ('planetarium', 80, 800), ('enterprise_hall', 100, 2000))
             AS rule (resource_type, min_open_days, min_visitors)
       WHERE EXISTS (SELECT 1 FROM regions WHERE code = '440307')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_criteria`);
  }
}
