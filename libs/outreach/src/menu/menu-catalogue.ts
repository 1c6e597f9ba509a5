import { Injectable } from '@nestjs/common';
import { AppError } from '@kepu/core';
import { EntityManager } from 'typeorm';
import { OutreachErrors } from '../outreach-errors';
import { MenuItem, MenuItemContent } from './menu-item.entity';

/**
 * SQL condition: the menu item `m` (another alias with `item`) serves the district `districtSql`
 * (docs/outreach.md, "Serving a district"): approved, not withdrawn, listing the district.
 */
export const servesDistrict = (districtSql: string, item = 'm'): string =>
  `${item}.status <> 'withdrawn' AND ${districtSql} = ANY(${item}.published_district_codes)`;

/** What orders and ratings need of the menu: what may be ordered, who serves where, and ratings. */
@Injectable()
export class MenuCatalogue {
  /** A published item's approved content and provider; MENU_ITEM_NOT_AVAILABLE otherwise. */
  async orderable(tx: EntityManager, id: string): Promise<MenuItemContent & { id: string; providerId: string }> {
    const item = await tx.findOneBy(MenuItem, { id });
    if (!item?.publishedContent || item.status === 'withdrawn')
      throw new AppError(OutreachErrors.MENU_ITEM_NOT_AVAILABLE);
    return { ...item.publishedContent, id: item.id, providerId: item.providerId };
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
  async recordRating(tx: EntityManager, id: string, score: number): Promise<void> {
    await tx.query(
      `UPDATE outreach_menu_items SET rating_count = rating_count + 1, rating_sum = rating_sum + $2 WHERE id = $1`,
      [id, score],
    );
  }
}
