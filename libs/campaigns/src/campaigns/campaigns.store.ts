import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { regionsOverlap } from '@kepu/core';
import { Campaign } from '../campaign.entity';

/** What a campaign list asks for: published ones only, or those covering some regions; running in a year. */
export interface CampaignFilter {
  publishedOnly?: boolean;
  /** Campaigns covering one of these regions or a region within them. */
  regions?: string[];
  year?: number;
}

/** A demo campaign as the demo writes it (libs/demo, demo-campaigns.ts). */
export interface DemoCampaignFields {
  name: string;
  nameEn: string;
  from: string;
  to: string;
  themes: string[];
  regionCodes: string[];
  description: string;
}

/** The rows of a page and the row limit and offset that select them. */
export interface RowWindow {
  limit: number;
  offset: number;
}

/** Campaigns: `campaigns`. */
@Injectable()
export class CampaignsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Campaign | null> {
    return manager.findOneBy(Campaign, { id });
  }

  create(tx: EntityManager, fields: Partial<Campaign>): Promise<Campaign> {
    return tx.save(tx.create(Campaign, fields));
  }

  /** How many demo campaigns there are. */
  async countDemo(tx: EntityManager): Promise<number> {
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM campaigns WHERE is_demo`);
    return count;
  }

  /** Inserts a demo campaign, published at once, and returns its id. */
  async insertPublishedDemo(tx: EntityManager, campaign: DemoCampaignFields): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO campaigns (name, name_en, starts_on, ends_on, themes, region_codes, description, status,
         published_at, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', now(), true) RETURNING id`,
      [
        campaign.name,
        campaign.nameEn,
        campaign.from,
        campaign.to,
        campaign.themes,
        campaign.regionCodes,
        campaign.description,
      ],
    );
    return row.id;
  }

  /** The campaign, locked for a change. */
  lock(tx: EntityManager, id: string): Promise<Campaign> {
    return tx.findOneOrFail(Campaign, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The campaign, locked shared: a change to it waits for the transaction, which reads it as it stays. */
  lockShared(tx: EntityManager, id: string): Promise<Campaign> {
    return tx.findOneOrFail(Campaign, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  save(tx: EntityManager, campaign: Campaign): Promise<Campaign> {
    return tx.save(campaign);
  }

  /** The ids of one page of the campaigns matching, latest first, each with the number matching. */
  async page(filter: CampaignFilter, { limit, offset }: RowWindow): Promise<{ id: string; total: number }[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.publishedOnly) where.push(`c.status = 'published'`);
    if (filter.regions) {
      params.push(filter.regions);
      where.push(regionsOverlap('c.region_codes', `$${params.length}::text[]`));
    }
    if (filter.year) {
      params.push(filter.year);
      where.push(
        `extract(year FROM c.starts_on) <= $${params.length} AND extract(year FROM c.ends_on) >= $${params.length}`,
      );
    }
    return this.dataSource.query(
      `SELECT c.id, count(*) OVER ()::int AS total FROM campaigns c
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.starts_on DESC, c.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
  }
}
