import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { insideRegions, loadInOrder, regionPath } from '@kepu/core';
import { parseBbox } from '@kepu/search';
import { MenuItem } from './menu-item.entity';
import type { MenuListDto } from './menu.dto';
import { venueOf } from '../provider-locations.store';

/**
 * SQL condition: the menu item `m` (another alias with `item`) serves the district `districtSql`
 * (docs/outreach.md, "Serving a district"): approved, not withdrawn, listing the district.
 */
export const servesDistrict = (districtSql: string, item = 'm'): string =>
  `${item}.status <> 'withdrawn' AND ${districtSql} = ANY(${item}.published_district_codes)`;

/** Which published items the public menu shows (`MenuItemsService.list`). */
export type MenuFilter = Pick<
  MenuListDto,
  'district' | 'format' | 'theme' | 'audience' | 'providerId' | 'free' | 'q'
> & {
  box?: ReturnType<typeof parseBbox>;
};

interface Window {
  limit: number;
  offset: number;
}

/** One page of items and the number matching. */
interface ItemsPage {
  items: MenuItem[];
  total: number;
}

/** The activity menu: `outreach_menu_items`. */
@Injectable()
export class MenuItemsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<MenuItem | null> {
    return manager.findOneBy(MenuItem, { id });
  }

  /** The item, locked for its change. */
  lock(tx: EntityManager, id: string): Promise<MenuItem | null> {
    return tx.findOne(MenuItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  create(tx: EntityManager, fields: DeepPartial<MenuItem>): Promise<MenuItem> {
    return tx.save(tx.create(MenuItem, fields));
  }

  save(tx: EntityManager, item: MenuItem): Promise<MenuItem> {
    return tx.save(item);
  }

  /** Published items, newest first, filtered. */
  async pagePublished(filter: MenuFilter, { limit, offset }: Window): Promise<ItemsPage> {
    const { box } = filter;
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`m.published_content IS NOT NULL`, `m.status <> 'withdrawn'`];
    if (box) {
      where.push(`v.latitude BETWEEN ${param(box.minLat)} AND ${param(box.maxLat)}`);
      where.push(`v.longitude BETWEEN ${param(box.minLng)} AND ${param(box.maxLng)}`);
    }
    if (filter.district) where.push(`${param(filter.district)} = ANY(m.published_district_codes)`);
    if (filter.format) where.push(`m.published_content->>'format' = ${param(filter.format)}`);
    if (filter.theme) where.push(`m.published_content->'themes' @> jsonb_build_array(${param(filter.theme)}::text)`);
    if (filter.audience) {
      where.push(`m.published_content->'audiences' @> jsonb_build_array(${param(filter.audience)}::text)`);
    }
    if (filter.providerId) where.push(`m.provider_id = ${param(filter.providerId)}`);
    if (filter.free !== undefined) where.push(`((m.published_content->>'feeFen')::int = 0) = ${param(filter.free)}`);
    if (filter.q) {
      const pattern = param(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(
        `(m.published_content->>'title' ILIKE ${pattern} OR m.published_content->>'summary' ILIKE ${pattern})`,
      );
    }
    return this.inOrder(
      await this.dataSource.query(
        `SELECT m.id, count(*) OVER ()::int AS total FROM outreach_menu_items m
        ${box ? `JOIN LATERAL (${venueOf('m.provider_id')}) v ON true` : ''}
        WHERE ${where.join(' AND ')} ORDER BY m.created_at DESC, m.id DESC LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
    );
  }

  /** A provider's items in every status, newest first. */
  async pageOfProvider(providerId: string, { limit, offset }: Window): Promise<ItemsPage> {
    return this.inOrder(
      await this.dataSource.query(
        `SELECT id, count(*) OVER ()::int AS total FROM outreach_menu_items WHERE provider_id = $1
        ORDER BY created_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
        [providerId],
      ),
    );
  }

  /** Items waiting for review whose provider lies in these regions (anywhere without), longest waiting first. */
  async pageAwaitingReview(regions: string[] | undefined, { limit, offset }: Window): Promise<ItemsPage> {
    return this.inOrder(
      await this.dataSource.query(
        `SELECT m.id, count(*) OVER ()::int AS total
         FROM outreach_menu_items m JOIN organisation_names o ON o.id = m.provider_id
        WHERE m.status = 'submitted' ${regions ? `AND ${insideRegions(regionPath('o.region_code'), '$1')}` : ''}
        ORDER BY m.submitted_at, m.id LIMIT ${limit} OFFSET ${offset}`,
        regions ? [regions] : [],
      ),
    );
  }

  /** Whether the provider has a published item listing the district (docs/outreach.md, "Serving a district"). */
  async serves(tx: EntityManager, providerId: string, districtCode: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM outreach_menu_items m WHERE m.provider_id = $1 AND ${servesDistrict('$2')} LIMIT 1`,
      [providerId, districtCode],
    );
    return rows.length > 0;
  }

  /** Adds an orderer's score to the item's average. */
  async addRating(tx: EntityManager, id: string, score: number): Promise<void> {
    await tx.query(
      `UPDATE outreach_menu_items SET rating_count = rating_count + 1, rating_sum = rating_sum + $2 WHERE id = $1`,
      [id, score],
    );
  }

  /** The items of a ranking query's rows (ids with the total), in their order. */
  private async inOrder(rows: { id: string; total: number }[]): Promise<ItemsPage> {
    const items = await loadInOrder(
      this.dataSource.manager,
      MenuItem,
      rows.map((r) => r.id),
    );
    return { items, total: rows[0]?.total ?? 0 };
  }
}
