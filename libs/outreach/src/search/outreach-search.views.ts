import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_FORMATS, type ActivityFormat } from '../menu/menu-item.entity';
import { ExpertLanguageView } from '../directory/experts.views';
import { OUTREACH_KINDS, type OutreachKind } from './outreach-entries';

/** Matched words wrapped in <mark>…</mark>; the text is otherwise escaped by the client. */
export class OutreachSearchHighlight {
  name?: string;
  /** A crop of about 40 words around the matches. */
  summary?: string;
}

/** A published menu item (`kind: menu_item`) or a public expert (`kind: expert`). */
export class OutreachSearchHit {
  @ApiProperty({ enum: OUTREACH_KINDS })
  kind!: OutreachKind;
  /** The menu item's id (GET /outreach/menu/{id}) or the expert's (GET /experts/{id}). */
  id!: string;
  /** The item's title, or the expert's name. */
  name!: string;
  /** The item's summary, or the expert's profile. */
  summary!: string;
  /** The provider's name, or the expert's organisation. */
  organisationName!: string;
  /** The expert's 职称; null for menu items. */
  jobTitle!: string | null;
  /** The item's format; null for experts. */
  @ApiProperty({ type: 'string', nullable: true, enum: [...ACTIVITY_FORMATS, null] })
  format!: ActivityFormat | null;
  /** Theme codes: the item's themes, or the expert's fields. */
  themes!: string[];
  /** Audience codes of an item; empty for experts. */
  audiences!: string[];
  /** An expert's languages; empty for menu items. */
  languages!: ExpertLanguageView[];
  /** Districts (region codes) served. */
  districtCodes!: string[];
  /** An item's average rating (1–5, one decimal); null before its first rating, and for experts. */
  ratingAverage!: number | null;
  ratingCount!: number;
  /** An item's price in fen (0 is free); null for experts. */
  feeFen!: number | null;
  /** Only when the query has text and Meilisearch answered. */
  highlight?: OutreachSearchHighlight;
}

/** `GET /outreach/search`: from Meilisearch, or from Postgres while it is unreachable (`degraded`). */
export class OutreachSearchResult {
  hits!: OutreachSearchHit[];
  total!: number;
  page!: number;
  pageSize!: number;
  /** Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights. */
  degraded!: boolean;
}
