import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { regionName } from '@kepu/core';
import type { Organisation } from '../organisations/organisation.entity';
import type { ResourceContent } from '../resources/resource-content';

/** Rows read per query while a file is written: memory stays flat however large the register. */
const BATCH = 1_000;

/** What the open data's version is derived from. */
export interface RegisterVersionRow {
  records: number;
  changedAt: Date | null;
  stamp: string | null;
}

/** A published resource as the open data reads it. */
export interface PublishedRow {
  id: string;
  content: ResourceContent;
  regionName: string | null;
  organisation: Organisation;
}

/** What the open data reads of the register. */
@Injectable()
export class OpenDataStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The newest change to any resource that is or was public and to any organisation, and the
   * number published: two aggregates over indexed tables, no content read.
   */
  async version(manager: EntityManager = this.dataSource.manager): Promise<RegisterVersionRow> {
    const [row]: RegisterVersionRow[] = await manager.query(
      `WITH changes AS (
         SELECT count(*) FILTER (WHERE status = 'published')::int AS records,
                greatest(max(updated_at), (SELECT max(updated_at) FROM organisations)) AS changed_at
           FROM resources WHERE published_revision_id IS NOT NULL)
       SELECT records, changed_at AS "changedAt", changed_at::text AS stamp FROM changes`,
    );
    return row;
  }

  /** The next BATCH published resources after `afterId`, in id order. */
  publishedAfter(tx: EntityManager, afterId: string): Promise<PublishedRow[]> {
    return tx.query(
      `SELECT res.id, pub.content, ${regionName('res.region_code')} AS "regionName",
              json_build_object('name', o.name, 'verifiedName', o.verified_name, 'verifiedAt', o.verified_at)
                AS organisation
         FROM resources res JOIN resource_revisions pub ON pub.id = res.published_revision_id
         JOIN organisations o ON o.id = res.organisation_id
        WHERE res.status = 'published' AND res.id > $1 ORDER BY res.id LIMIT ${BATCH}`,
      [afterId],
    );
  }
}
