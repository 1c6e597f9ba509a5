import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_ENTRIES_SQL, insideRegions, regionPath } from '@kepu/core';
import { ReviewSubject } from '../register.policies';
import { ResourceRevision } from './resource-revision.entity';
import { PUBLIC_TEXT_CHANGED, PublicTextChange } from './resource.store';
import { ResourceStatus } from './resource.entity';
import { ExpiringAccreditation } from './resources.views';

/** A public text change as the administrators' change view reads it. */
export interface PublicTextChangeRow {
  at: Date;
  actorId: string | null;
  details: Pick<PublicTextChange, 'about' | 'changes'>;
  resourceId: string;
  name: string;
  status: ResourceStatus;
  total: number;
}

/** What review reads: the revisions waiting, public text changed outside review, accreditations expiring. */
@Injectable()
export class ReviewStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The working revisions waiting for review, within these regions when given, oldest submission first. */
  queue(regions: string[] | undefined): Promise<(ReviewSubject & { id: string })[]> {
    return this.dataSource.query(
      `SELECT w.id, w.state AS stage, w.region_code AS "regionCode", res.organisation_id AS "organisationId"
         FROM resource_revisions w JOIN resources res ON res.working_revision_id = w.id
        WHERE w.state IN ('submitted', 'city_review')
          ${regions ? `AND ${insideRegions(regionPath('w.region_code'), '$1')}` : ''}
        ORDER BY w.submitted_at, w.id`,
      regions ? [regions] : [],
    );
  }

  /** One page of the public text changed outside review, within these regions when given, newest first. */
  publicTextChanges(
    regions: string[] | undefined,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<PublicTextChangeRow[]> {
    return this.dataSource.query(
      `SELECT a.occurred_at AS at, a.actor_account_id AS "actorId", a.details, res.id AS "resourceId", res.name,
              res.status, count(*) OVER ()::int AS total
         FROM ${AUDIT_ENTRIES_SQL} a JOIN resources res ON res.id::text = a.subject_id
        WHERE a.action = $1 AND a.subject_type = 'resource'
          ${regions ? `AND ${insideRegions(regionPath('res.region_code'), '$2')}` : ''}
        ORDER BY a.id DESC LIMIT ${limit} OFFSET ${offset}`,
      regions ? [PUBLIC_TEXT_CHANGED, regions] : [PUBLIC_TEXT_CHANGED],
    );
  }

  /** Accreditations of published resources, within these regions when given, that expire within `days`. */
  expiringAccreditations(days: number, regions: string[] | undefined): Promise<ExpiringAccreditation[]> {
    return this.dataSource.query(
      `SELECT res.id AS "resourceId", res.name AS "resourceName", res.region_code AS "regionCode", a AS accreditation,
              ((a->>'expiresOn')::date - current_date) AS "daysLeft"
         FROM resources res JOIN resource_revisions pub ON pub.id = res.published_revision_id
         CROSS JOIN LATERAL jsonb_array_elements(pub.content->'accreditations') a
        WHERE res.status = 'published' AND a->>'expiresOn' IS NOT NULL
          AND (a->>'expiresOn')::date <= current_date + $1::int
          ${regions ? `AND ${insideRegions(regionPath('res.region_code'), '$2')}` : ''}
        ORDER BY (a->>'expiresOn')::date, res.name`,
      regions ? [days, regions] : [days],
    );
  }

  /** A revision with its resource and the resource's organisation. */
  revisionWithResource(id: string): Promise<ResourceRevision> {
    return this.dataSource.getRepository(ResourceRevision).findOneOrFail({
      where: { id },
      relations: { resource: { organisation: true } },
    });
  }
}
