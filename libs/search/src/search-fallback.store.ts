import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FACET_ATTRIBUTES, FACETS, type SearchDocument } from './search-document';
import type { SearchFiltersDto, SearchQueryDto } from './search.dto';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface Bbox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface FallbackRow {
  id: string;
  name: string;
  type: string;
  district: string;
  lat: number;
  lng: number;
}

/** A resource as a result list shows it. */
export interface SearchRow extends FallbackRow {
  nameEn: string | null;
}

/** A resource as the map draws it. */
export interface MapRow extends FallbackRow {
  free: boolean | null;
  bookable: boolean;
}

/** A document's facet values as the fallback counts them from `facet_values` (`facet:value`), one pass for all facets. */
function facetValues(document: SearchDocument): string[] {
  return FACETS.flatMap((facet) => {
    const value: unknown = document[FACET_ATTRIBUTES[facet]];
    const values = Array.isArray(value) ? value : value === null ? [] : [value];
    return values.map((one) => `${facet}:${String(one)}`);
  });
}

/** Great-circle distance in km from ($lat, $lng) to the row, for radius filters and distance sorts. */
const distanceSql = (lat: string, lng: string) =>
  `(2 * 6371 * asin(sqrt(power(sin(radians(latitude - ${lat}) / 2), 2)
     + cos(radians(${lat})) * cos(radians(latitude)) * power(sin(radians(longitude - ${lng}) / 2), 2))))`;

/** What a pinyin or Chinese query is matched against: the name, its aliases, their pinyin forms and labels, lowercased. */
function terms(document: SearchDocument): string {
  return [
    document.name,
    ...document.aliases,
    document.nameEn,
    ...document.pinyin,
    ...document.pinyinInitials,
    document.typeLabel,
  ]
    .concat(document.themeLabels)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * Best first for text `q` (a parameter, lowercased): the name itself, a name starting with it, `q`
 * as a whole word of the terms (an alias, a pinyin form), a name containing it; then shorter names.
 * Plain string tests: trigram similarity over every hit cost 860 ms for 科技馆's 22,000 hits at
 * 100,000 resources, these 45 ms (docs/search.md, "The Postgres fallback").
 */
const textRank = (q: string) =>
  `lower(name) = ${q} DESC, strpos(lower(name), ${q}) = 1 DESC, strpos(' ' || terms || ' ', ' ' || ${q} || ' ') > 0 DESC,
   strpos(lower(name), ${q}) > 0 DESC, length(name)`;

/** Two adjacent Chinese characters, as the migration's `han_bigrams()` reads them. */
const HAN_PAIR = /[\u3400-\u9fff\uf900-\ufaff]{2}/;

/**
 * The condition that `terms` holds `token` (lowercased), with `param` adding its parameters. A
 * token with Chinese pairs is narrowed by the GIN index of `terms`' pairs first: pg_trgm's index
 * cannot narrow Chinese here (docs/search.md, "The Postgres fallback").
 */
function holds(token: string, param: (value: unknown) => string): string {
  const text = token.toLowerCase();
  if (!HAN_PAIR.test(text)) return `terms LIKE ${param(`%${text.replace(/[\\%_]/g, '\\$&')}%`)}`;
  const at = param(text);
  return `han_bigrams(terms) @> han_bigrams(${at}) AND strpos(terms, ${at}) > 0`;
}

/**
 * The Postgres copy of the search documents (`search_fallback`, docs/search.md, "The Postgres
 * fallback"): the relay writes it before calling Meilisearch, and the degraded search reads it with
 * the same filters and facets, matching substrings narrowed by an index (pg_trgm for Latin text,
 * pairs of Chinese characters for Chinese). Which resources should be in it comes from register's
 * `searchable_resources` view.
 */
@Injectable()
export class SearchFallbackStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upserts these documents and removes the given resources (idempotent). */
  async write(documents: SearchDocument[], removedIds: string[], manager?: EntityManager): Promise<void> {
    const db = manager ?? this.dataSource.manager;
    if (documents.length) {
      const rows = documents.map((d) => ({
        resource_id: d.id,
        revision: d.revision,
        name: d.name,
        name_sort: d.nameSort,
        terms: terms(d),
        facet_values: facetValues(d),
        type: d.type,
        district: d.district,
        regions: d.regions,
        themes: d.themes,
        audiences: d.audiences,
        accessibility: d.accessibility,
        accreditation_levels: d.accreditationLevels,
        free: d.free,
        concessions: d.concessions,
        open_dates: d.openDates,
        open_dates_from: d.openDatesFrom,
        bookable: d.bookable,
        latitude: d._geo.lat,
        longitude: d._geo.lng,
      }));
      const columns = Object.keys(rows[0]);
      await db.query(
        `INSERT INTO search_fallback (${columns.join(', ')})
         SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS d(
           resource_id uuid, revision integer, name varchar, name_sort text, terms text, type varchar,
           district varchar, regions text[], themes text[], audiences text[], accessibility text[],
           accreditation_levels text[], free boolean, concessions text[], open_dates date[],
           open_dates_from date, bookable boolean, latitude double precision,
           longitude double precision, facet_values text[])
         ON CONFLICT (resource_id) DO UPDATE SET
           ${columns
             .filter((c) => c !== 'resource_id')
             .map((c) => `${c} = EXCLUDED.${c}`)
             .join(', ')}`,
        [JSON.stringify(rows)],
      );
    }
    if (removedIds.length) await db.query(`DELETE FROM search_fallback WHERE resource_id = ANY($1)`, [removedIds]);
  }

  /** Removes rows whose resource is no longer searchable: after a rebuild, which only upserts. */
  async removeUnpublished(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_fallback f WHERE NOT EXISTS (SELECT 1 FROM searchable_resources r WHERE r.id = f.resource_id)`,
    );
  }

  /** Rows whose open dates were worked out on another day than `from`, in id order. */
  async openDatesBefore(from: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT resource_id AS id FROM search_fallback WHERE open_dates_from IS DISTINCT FROM $1::date
        ORDER BY resource_id LIMIT $2`,
      [from, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Moves rows' open-dates window on; rows no longer here stay gone. */
  async writeOpenDates(updates: { id: string; openDates: string[]; openDatesFrom: string }[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE search_fallback f SET open_dates = d."openDates", open_dates_from = d."openDatesFrom"
         FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, "openDates" date[], "openDatesFrom" date)
        WHERE f.resource_id = d.id`,
      [JSON.stringify(updates)],
    );
  }

  /** Which of these resources have no row here (they left search). */
  async missing(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM unnest($1::uuid[]) AS id
        WHERE NOT EXISTS (SELECT 1 FROM search_fallback f WHERE f.resource_id = id)`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Searchable resources missing here or held at an older revision. */
  async staleCount(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM searchable_resources r
         LEFT JOIN search_fallback f ON f.resource_id = r.id
        WHERE f.resource_id IS NULL OR f.revision <> r.revision`,
    );
    return row.n;
  }

  /**
   * How many rows match the query's filters (`value` null), and how many of them have each facet
   * value (`value` as `facet:value`, `openToday:true` or `:false` among them).
   */
  facetCounts(
    query: SearchQueryDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
  ): Promise<{ value: string | null; n: number }[]> {
    const { where, params, todayParam } = this.filter(query, today, point, bbox);
    return this.dataSource.query(
      `WITH hits AS (SELECT facet_values, open_dates FROM search_fallback ${where})
       SELECT NULL AS value, count(*)::int AS n FROM hits
       UNION ALL SELECT 'openToday:' || (${todayParam()} = ANY(open_dates))::text, count(*)::int
         FROM hits GROUP BY 1
       UNION ALL SELECT value, count(*)::int FROM hits, unnest(facet_values) AS value GROUP BY value`,
      params,
    );
  }

  /** The page of rows matching the query, in the order it asks for (best match first by default). */
  page(
    query: SearchQueryDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
  ): Promise<SearchRow[]> {
    const q = query.q?.trim();
    const { where, params, param, distance } = this.filter(query, today, point, bbox);
    const order =
      query.sort === 'distance' && point
        ? `${distance()}, name_sort`
        : query.sort === 'name' || !q
          ? 'name_sort'
          : `${textRank(param(q.toLowerCase()))}, name_sort`;
    return this.dataSource.query(
      `SELECT resource_id AS id, name, (SELECT name_en FROM venue_facts r WHERE r.id = resource_id) AS "nameEn",
              type, district, latitude AS lat, longitude AS lng FROM search_fallback
        ${where}
        ORDER BY ${order}, resource_id LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
      params,
    );
  }

  /** Every row matching the filters, for the map: no paging, at most `limit`. */
  features(
    query: SearchFiltersDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
    limit: number,
  ): Promise<MapRow[]> {
    const { params, param, where } = this.filter(query, today, point, bbox);
    return this.dataSource.query(
      `SELECT resource_id AS id, name, type, district, latitude AS lat, longitude AS lng, free, bookable
         FROM search_fallback ${where} ORDER BY name_sort, resource_id LIMIT ${param(limit)}`,
      params,
    );
  }

  /** Type-ahead: ten names holding every word of `q`, within `kind`'s district and type filters. */
  suggest(q: string, kind: SearchFiltersDto = {}): Promise<{ id: string; name: string }[]> {
    const { params, param, where } = this.filter({ ...kind, q }, '', undefined, undefined);
    return this.dataSource.query(
      `SELECT resource_id AS id, name FROM search_fallback ${where}
        ORDER BY ${textRank(param(q.trim().toLowerCase()))}, name_sort LIMIT 10`,
      params,
    );
  }

  /** The WHERE clause of a query's filters, its parameters, and the distance expression to a point. */
  private filter(query: SearchFiltersDto, today: string, point: GeoPoint | undefined, bbox: Bbox | undefined) {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Added once, when first used: Postgres refuses a parameter the statement does not use.
    let todayAt: string | undefined;
    const todayParam = () => (todayAt ??= `${param(today)}::date`);
    const where: string[] = [];
    const has = (column: string, value?: string) => value && where.push(`${param(value)} = ANY(${column})`);
    const equals = (column: string, value?: unknown) =>
      value !== undefined && where.push(`${column} = ${param(value)}`);
    const q = query.q?.trim();
    for (const token of q ? q.split(/\s+/) : []) where.push(holds(token, param));
    has('regions', query.district);
    equals('type', query.type);
    has('themes', query.theme);
    has('audiences', query.audience);
    has('accessibility', query.accessibility);
    has('accreditation_levels', query.accreditation);
    equals('free', query.free);
    equals('bookable', query.bookable);
    if (query.openToday !== undefined) where.push(`${query.openToday ? '' : 'NOT '}${todayParam()} = ANY(open_dates)`);
    for (const code of query.concession ?? []) has('concessions', code);
    const distance = () => distanceSql(param(point?.lat), param(point?.lng));
    if (point && query.radiusKm) where.push(`${distance()} <= ${param(query.radiusKm)}`);
    if (bbox) {
      where.push(`latitude BETWEEN ${param(bbox.minLat)} AND ${param(bbox.maxLat)}`);
      where.push(`longitude BETWEEN ${param(bbox.minLng)} AND ${param(bbox.maxLng)}`);
    }
    return { params, param, distance, todayParam, where: where.length ? `WHERE ${where.join(' AND ')}` : '' };
  }
}
