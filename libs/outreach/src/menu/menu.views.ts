/**
 * What the activity menu's endpoints answer. Times (`submittedAt`, `reviewedAt`, `createdAt`,
 * `updatedAt`) are ISO 8601 in Shanghai time (`2026-05-01T09:30:00+08:00`).
 */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import type { ActivityFormat, MenuItemStatus } from './menu-item.entity';

/** A nested model or null (see group.views.ts: the plugin's own `nullable` would not admit null). */
type OrNull<T> = T | null;

/** The schema of an `OrNull` property. */
const nullable = (model: new () => unknown) => ({
  anyOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }],
});

/** What a menu item offers. */
export class MenuItemContentView {
  title!: string;
  summary!: string;
  format!: ActivityFormat;
  /** Theme codes (GET /vocabularies). */
  themes!: string[];
  /** Audience codes (GET /vocabularies). */
  audiences!: string[];
  durationMinutes!: number;
  /** The group size the activity takes, from `minPeople` to `maxPeople`. */
  minPeople!: number;
  maxPeople!: number;
  /** Districts (region codes) the provider comes to. */
  districtCodes!: string[];
  /** Days the provider needs between an order and the activity. */
  leadDays!: number;
  /** What the host must provide (a hall, a projector…). */
  hostEquipment!: string | null;
  /** Price per activity in fen (0.01 yuan); 0 is free. */
  feeFen!: number;
}

/** Where a provider is on the map: its published venue (the first by name if it has several). */
export class MenuProviderLocationView {
  /** WGS-84. */
  latitude!: number;
  longitude!: number;
  /** The venue's name. */
  resourceName!: string;
}

@ApiExtraModels(MenuProviderLocationView)
export class MenuProviderView {
  id!: string;
  /** The organisation's public name (the verified one while a new name awaits verification). */
  name!: string;
  /** Its published venue; null when it has none (a volunteer team, an NGO without a venue). */
  @ApiProperty(nullable(MenuProviderLocationView))
  location!: OrNull<MenuProviderLocationView>;
}

export class MenuRatingView {
  /** Average score (1–5, one decimal); null before the first rating. */
  average!: number | null;
  count!: number;
}

/** A menu item as the public sees it: the content last approved. */
export class MenuItemView extends MenuItemContentView {
  id!: string;
  provider!: MenuProviderView;
  rating!: MenuRatingView;
}

/**
 * A menu item as its provider's operators and its reviewers see it: the working content (what is
 * being edited or reviewed) with its status, beside the content the public sees.
 */
export class MenuItemPrivateView extends MenuItemView {
  status!: MenuItemStatus;
  /** The reviewer's last comment: why changes are needed, or why it was rejected. */
  reviewComment!: string | null;
  /** When the content was last sent for review. */
  submittedAt!: string | null;
  reviewedAt!: string | null;
  /** What the public sees: the content last approved; null until the first approval. */
  @ApiProperty(nullable(MenuItemContentView))
  publishedContent!: OrNull<MenuItemContentView>;
  createdAt!: string;
  updatedAt!: string;
}

export class MenuItemPage extends PageOf(MenuItemView) {}

export class MenuItemPrivatePage extends PageOf(MenuItemPrivateView) {}
