import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import { ResourceContent } from '../resources/resource-content';

/** A published resource as the census exports it. */
export interface CensusRow {
  id: string;
  content: ResourceContent;
  orgName: string;
  creditCode: string;
  kind: string;
}

/** What the census reads: the published resources of a region with their organisations. */
@Injectable()
export class CensusStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The published resources within the region, by region, name and id. */
  publishedWithin(regionCode: string): Promise<CensusRow[]> {
    return this.dataSource.query(
      `SELECT res.id, pub.content, o.name AS "orgName", o.credit_code AS "creditCode", o.kind
         FROM resources res JOIN resource_revisions pub ON pub.id = res.published_revision_id
         JOIN organisations o ON o.id = res.organisation_id
        WHERE res.status = 'published' AND ${insideRegions(regionPath('res.region_code'), '$1')}
        ORDER BY res.region_code, res.name, res.id`,
      [[regionCode]],
    );
  }
}
