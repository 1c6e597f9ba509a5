import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import type { RevisionState } from '../resources/resource-revision.entity';
import { Resource, ResourceStatus } from '../resources/resource.entity';
import { UpkeepNotice } from './upkeep-notice.entity';
import type { StaleResource } from './upkeep.views';

/** A re-confirmation reminder's key: the confirmation it is about, to the microsecond. */
const CONFIRMATION_KEY = `to_char(r.confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** The most venues one look lists: an organisation's own, far more than any runs. */
const MAX_VENUES = 50;

/** A venue's standing as the operator's day reads it. */
export interface VenueRow {
  id: string;
  name: string;
  status: ResourceStatus;
  state: RevisionState | null;
  submittedAt: Date | null;
  confirmedAt: Date | null;
  stale: boolean;
  outOfSearch: boolean;
}

/** An accreditation of a published resource near its expiry. */
export interface ExpiringRow {
  resourceId: string;
  name: string;
  accreditationId: string;
  expiresOn: string;
  daysLeft: number;
}

/** The register's upkeep: what is due, the stale and hidden marks, and the notices sent (`register_upkeep_notices`). */
@Injectable()
export class UpkeepStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Accreditations of published resources whose expiry lies between `fromDays` and `toDays` days after `today`. */
  accreditationsExpiring(today: string, fromDays: number, toDays: number): Promise<ExpiringRow[]> {
    return this.dataSource.query(
      `SELECT res.id AS "resourceId", a->>'name' AS name, a->>'id' AS "accreditationId",
              a->>'expiresOn' AS "expiresOn", ((a->>'expiresOn')::date - $1::date) AS "daysLeft"
         FROM resources res JOIN resource_revisions pub ON pub.id = res.published_revision_id
         CROSS JOIN LATERAL jsonb_array_elements(pub.content->'accreditations') a
        WHERE res.status = 'published' AND a->>'expiresOn' IS NOT NULL
          AND (a->>'expiresOn')::date - $1::date BETWEEN $2 AND $3
        ORDER BY res.id`,
      [today, fromDays, toDays],
    );
  }

  /** Published resources confirmed `months` or more before `now` and not yet reminded (notice `kind`) of that confirmation. */
  dueForReminder(now: Date, months: number, kind: string): Promise<{ id: string; key: string }[]> {
    return this.dataSource.query(
      `SELECT r.id, ${CONFIRMATION_KEY} AS key FROM resources r
        WHERE r.status = 'published' AND r.confirmed_at <= $1::timestamptz - make_interval(months => $2)
          AND NOT EXISTS (SELECT 1 FROM register_upkeep_notices n
                           WHERE n.resource_id = r.id AND n.kind = $3 AND n.key = ${CONFIRMATION_KEY})
        ORDER BY r.id`,
      [now, months, kind],
    );
  }

  /** One page of the stale published resources, within these regions when given, longest unconfirmed first. */
  stale(
    regions: string[] | undefined,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<(StaleResource & { total: number })[]> {
    return this.dataSource.query(
      `SELECT res.id AS "resourceId", res.name, res.region_code AS "regionCode",
              json_build_object('id', o.id, 'name', o.name) AS organisation,
              res.confirmed_at AS "confirmedAt", res.stale_since AS "staleSince",
              (extract(year FROM age(now(), res.confirmed_at)) * 12 + extract(month FROM age(now(), res.confirmed_at)))::int
                AS "monthsSinceConfirmation",
              res.hidden_from_search_at IS NOT NULL AS "outOfSearch", res.hidden_from_search_at AS "outOfSearchSince",
              count(*) OVER ()::int AS total
         FROM resources res JOIN organisations o ON o.id = res.organisation_id
        WHERE res.status = 'published' AND res.stale_since IS NOT NULL
          ${regions ? `AND ${insideRegions(regionPath('res.region_code'), '$1')}` : ''}
        ORDER BY res.confirmed_at, res.id LIMIT ${limit} OFFSET ${offset}`,
      regions ? [regions] : [],
    );
  }

  /** Sets `column` to `now` on published resources unconfirmed for `months` that lack it; returns them. */
  async markUnconfirmed(
    tx: EntityManager,
    column: 'stale_since' | 'hidden_from_search_at',
    now: Date,
    months: number,
  ): Promise<Pick<Resource, 'id' | 'publishedRevisionId' | 'status'>[]> {
    const [rows]: [Pick<Resource, 'id' | 'publishedRevisionId' | 'status'>[]] = await tx.query(
      `UPDATE resources SET ${column} = $1
        WHERE status = 'published' AND ${column} IS NULL AND confirmed_at <= $1::timestamptz - make_interval(months => $2)
        RETURNING id, published_revision_id AS "publishedRevisionId", status`,
      [now, months],
    );
    return rows;
  }

  /** Notes a notice about the resource; false when one with this kind and key was noted before. */
  async noteOnce(tx: EntityManager, resourceId: string, kind: string, key: string): Promise<boolean> {
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(UpkeepNotice)
      .values({ resourceId, kind, key })
      .orIgnore()
      .returning(['resourceId'])
      .execute();
    return inserted.raw.length > 0;
  }

  /** The venues of these organisations, or the one named, by name; merged and withdrawn entries left out. */
  venueRows(venues: { organisationIds: string[] } | { resourceId: string }): Promise<VenueRow[]> {
    const [where, param] =
      'resourceId' in venues
        ? ['r.id = $1', venues.resourceId]
        : ['r.organisation_id = ANY($1::uuid[])', venues.organisationIds];
    return this.dataSource.query(
      `SELECT r.id, r.name, r.status, w.state, w.submitted_at AS "submittedAt", r.confirmed_at AS "confirmedAt",
              r.stale_since IS NOT NULL AS stale, r.hidden_from_search_at IS NOT NULL AS "outOfSearch"
         FROM resources r LEFT JOIN resource_revisions w ON w.id = r.working_revision_id
        WHERE ${where} AND r.status NOT IN ('merged', 'withdrawn')
        ORDER BY r.name, r.id LIMIT ${MAX_VENUES}`,
      [param],
    );
  }
}
