import { Injectable } from '@nestjs/common';
import { AppError } from '@kepu/core';
import { EntityManager } from 'typeorm';
import { OutreachErrors } from '../outreach-errors';
import { MenuItemContent } from './menu-item.entity';
import { MenuItemsStore } from './menu-items.store';

/** What orders and ratings need of the menu: what may be ordered, who serves where, and ratings. */
@Injectable()
export class MenuCatalogue {
  constructor(private readonly items: MenuItemsStore) {}

  /** A published item's approved content and provider; MENU_ITEM_NOT_AVAILABLE otherwise. */
  async orderable(tx: EntityManager, id: string): Promise<MenuItemContent & { id: string; providerId: string }> {
    const item = await this.items.findById(id, tx);
    if (!item?.publishedContent || item.status === 'withdrawn')
      throw new AppError(OutreachErrors.MENU_ITEM_NOT_AVAILABLE);
    return { ...item.publishedContent, id: item.id, providerId: item.providerId };
  }

  /** Whether the provider has a published item listing the district (docs/outreach.md, "Serving a district"). */
  serves(tx: EntityManager, providerId: string, districtCode: string): Promise<boolean> {
    return this.items.serves(tx, providerId, districtCode);
  }

  /** Adds an orderer's score to the item's average. */
  recordRating(tx: EntityManager, id: string, score: number): Promise<void> {
    return this.items.addRating(tx, id, score);
  }
}
