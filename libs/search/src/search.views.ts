import { ApiProperty } from '@nestjs/swagger';

/** Counts per value, e.g. `{ "museum": 12, "planetarium": 3 }`. */
const COUNTS = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } as const;

export class SearchLocation {
  lat!: number;
  lng!: number;
}

/** Matched words wrapped in <mark>…</mark>; the text is otherwise escaped by the client. */
export class SearchHighlight {
  name?: string;
  /** A crop of about 40 words around the matches. */
  description?: string;
}

export class SearchHit {
  id!: string;
  name!: string;
  /** For English readers; null when the resource gives none. */
  nameEn!: string | null;
  /** The resource type code (vocabulary `resourceTypes`). */
  type!: string;
  /** The region code of its district. */
  district!: string;
  location!: SearchLocation;
  /** From lat and lng, to 10 m: only when the query gives a point. */
  distanceKm?: number;
  /** Only when the query has text (`q`). */
  highlight?: SearchHighlight;
}

/** A hit of a degraded search: no highlights. */
export class DegradedSearchHit {
  id!: string;
  name!: string;
  /** For English readers; null when the resource gives none. */
  nameEn!: string | null;
  /** The resource type code (vocabulary `resourceTypes`). */
  type!: string;
  /** The region code of its district. */
  district!: string;
  location!: SearchLocation;
  /** From lat and lng, to 10 m: only when the query gives a point. */
  distanceKm?: number;
}

/** How many hits have each value of each filter (all hits, not only this page's). */
export class SearchFacets {
  @ApiProperty({ ...COUNTS, description: 'Per district region code' })
  district!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Per resource type code' })
  type!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Per theme code' })
  theme!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Per audience code' })
  audience!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Keys `true` and `false` (resources whose price is unknown are not counted)' })
  free!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Per accessibility feature code' })
  accessibility!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: 'Per accreditation level code' })
  accreditationLevel!: Record<string, number>;

  @ApiProperty({ ...COUNTS, description: "Keys `true` and `false`: open or closed on today's date in Shanghai" })
  openToday!: Record<string, number>;

  @ApiProperty({
    ...COUNTS,
    description: 'Per concession filter code (`senior_free`, `disabled_free`, `student_half`)',
  })
  concession!: Record<string, number>;
}

/** How a query that is only a place and/or a kind of venue was read: these filters applied (docs/search.md). */
export class SearchUnderstood {
  /** The region code its district name gave. */
  district?: string;
  /** The resource type code its category word gave. */
  type?: string;
}

/** A kind of venue to browse instead, and how many there are. */
export class SearchCategoryShortcut {
  /** The resource type code (vocabulary `resourceTypes`): search again with `type` set to it and no `q`. */
  type!: string;
  @ApiProperty({ type: 'integer', minimum: 1 })
  count!: number;
}

/** What to try when a text query found nothing. */
export class SearchSuggestions {
  /**
   * A query that finds something, close to what was typed: a kind of venue or district whose name
   * or pinyin is a typo or homophone away (天文官, tianwenguna → 天文馆), or the venue a Chinese
   * query's pinyin finds. Search again with it as `q`.
   */
  didYouMean?: string;
  /** The region code the shortcuts were counted in: the request's `district`, else its `city`; absent for everywhere. */
  region?: string;
  /** The kinds of venue in that region, most first (the type facet without `q` or other filters). */
  categories!: SearchCategoryShortcut[];
}

/** `GET /search` answered by Meilisearch: ranked, typo-tolerant, with highlights. */
export class SearchResult {
  hits!: SearchHit[];
  total!: number;
  facets!: SearchFacets;
  page!: number;
  pageSize!: number;
  @ApiProperty({ type: 'boolean', enum: [false], description: 'Meilisearch answered' })
  degraded!: false;
  /** Only when `q` was read as filters; `asTyped=true` searches the words instead. */
  understood?: SearchUnderstood;
  /** Only when `q` found nothing. */
  suggestions?: SearchSuggestions;
}

/** `GET /search` answered by Postgres while Meilisearch is unreachable: substring matches, no typos or highlights. */
export class DegradedSearchResult {
  hits!: DegradedSearchHit[];
  total!: number;
  facets!: SearchFacets;
  page!: number;
  pageSize!: number;
  @ApiProperty({ type: 'boolean', enum: [true], description: 'Meilisearch was unreachable and Postgres answered' })
  degraded!: true;
  /** Only when `q` was read as filters; `asTyped=true` searches the words instead. */
  understood?: SearchUnderstood;
  /** Only when `q` found nothing. */
  suggestions?: SearchSuggestions;
}

/** A type-ahead suggestion. */
export class SearchSuggestion {
  id!: string;
  name!: string;
}

export class MapPointGeometry {
  @ApiProperty({ enum: ['Point'] })
  type!: 'Point';
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, description: '[lng, lat] (WGS-84)' })
  coordinates!: [number, number];
}

export class MapFeatureProperties {
  name!: string;
  /** The resource type code. */
  type!: string;
  /** The region code of its district. */
  district!: string;
  /** Null when the price is not known. */
  free!: boolean | null;
  /** Has a bookable offering. */
  bookable!: boolean;
}

/** One published resource as a map marker. */
export class MapFeature {
  @ApiProperty({ enum: ['Feature'] })
  type!: 'Feature';
  /** The resource id. */
  id!: string;
  geometry!: MapPointGeometry;
  properties!: MapFeatureProperties;
}

/** A GeoJSON FeatureCollection of published resources (RFC 7946: coordinates are [lng, lat], WGS-84). */
export class MapFeatures {
  @ApiProperty({ enum: ['FeatureCollection'] })
  type!: 'FeatureCollection';
  /** At most 20,000 (the service's MAP_FEATURES_LIMIT). */
  @ApiProperty({ type: [MapFeature], maxItems: 20_000 })
  features!: MapFeature[];
  /** More resources matched than the map is sent: narrow the filters or the box. */
  truncated!: boolean;
  /** Only when `q` was read as filters, as in search's answer. */
  understood?: SearchUnderstood;
}
