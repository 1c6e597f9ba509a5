import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { currentAccreditationSql } from '@kepu/register';
import type { VenueCondition } from './stats-scope';

type Counts = { key: string; n: number }[];

/**
 * The register as it is now, read from the views register and schedule publish (`venue_facts`,
 * `published_venue_content`, `offering_facts`; docs/table-ownership.md, "Read models"): the venues
 * a scope covers and what the figures count of them.
 */
@Injectable()
export class RegisterFiguresStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async venue(id: string): Promise<{ id: string; organisationId: string; regionCode: string } | undefined> {
    const [venue] = await this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId", region_code AS "regionCode" FROM venue_facts WHERE id = $1`,
      [id],
    );
    return venue;
  }

  /** The venues of these organisations, by name. */
  async venueIdsOf(organisationIds: string[]): Promise<string[]> {
    const venues: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM venue_facts WHERE organisation_id = ANY($1::uuid[]) ORDER BY name`,
      [organisationIds],
    );
    return venues.map((venue) => venue.id);
  }

  /** The published venues in scope counted by type, district, accreditation level and accessibility, and their active offerings. */
  async counts(scope: VenueCondition): Promise<{
    byType: Counts;
    byDistrict: Counts;
    byLevel: Counts;
    byAccessibility: Counts;
    accessible: number;
    offerings: number;
  }> {
    const params = [scope.param];
    const published = `FROM venue_facts res WHERE res.status = 'published' AND ${scope.where(1)}`;
    const content = `FROM published_venue_content res
                    WHERE res.status = 'published' AND ${scope.where(1)}`;
    const [byType, byDistrict, byLevel, byAccessibility, [{ accessible }], [{ offerings }]] = await Promise.all([
      this.dataSource.query(`SELECT res.type AS key, count(*)::int AS n ${published} GROUP BY 1`, params),
      this.dataSource.query(`SELECT res.region_code AS key, count(*)::int AS n ${published} GROUP BY 1`, params),
      this.dataSource.query(
        `SELECT a->>'level' AS key, count(DISTINCT res.id)::int AS n ${content.replace(
          'WHERE',
          `CROSS JOIN jsonb_array_elements(res.accreditations) a WHERE ${currentAccreditationSql('a')} AND`,
        )} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT f AS key, count(*)::int AS n ${content.replace(
          'WHERE',
          `CROSS JOIN jsonb_array_elements_text(res.accessibility) f WHERE`,
        )} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS accessible ${content} AND jsonb_array_length(res.accessibility) > 0`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS offerings FROM offering_facts o JOIN venue_facts res ON res.id = o.resource_id
          WHERE o.status = 'active' AND res.status = 'published' AND ${scope.where(1)}`,
        params,
      ),
    ]);
    return { byType, byDistrict, byLevel, byAccessibility, accessible, offerings };
  }
}
