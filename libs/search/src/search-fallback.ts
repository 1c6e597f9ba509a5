import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConcurrencyGate } from '@kepu/core';
import { SearchErrors } from './search-errors';
import type { SearchDocument } from './search-document';
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

/** A resource as the map draws it. */
export interface MapRow extends FallbackRow {
  free: boolean | null;
  bookable: boolean;
}

/** Facet name in the API → how to read its values from a row of `hits`. */
const FACET_VALUES: Record<string, string> = {
  district: 'SELECT district FROM hits',
  type: 'SELECT type FROM hits',
  theme: 'SELECT unnest(themes) FROM hits',
  audience: 'SELECT unnest(audiences) FROM hits',
  free: 'SELECT free::text FROM hits WHERE free IS NOT NULL',
  accessibility: 'SELECT unnest(accessibility) FROM hits',
  accreditationLevel: 'SELECT unnest(accreditation_levels) FROM hits',
  concession: 'SELECT unnest(concessions) FROM hits',
  openToday: 'SELECT open_today::text FROM hits',
};

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
 * 100,000 resources, these 45 ms (docs/search.md, "The circuit breaker").
 */
const textRank = (q: string) =>
  `lower(name) = ${q} DESC, strpos(lower(name), ${q}) = 1 DESC, strpos(' ' || terms || ' ', ' ' || ${q} || ' ') > 0 DESC,
   strpos(lower(name), ${q}) > 0 DESC, length(name)`;

/** Fallback searches one process runs at once (a third of its pool), and how many may wait. */
const FALLBACK_CONCURRENCY = 3;
const FALLBACK_QUEUE = 100;

const likePattern = (token: string) => `%${token.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The Postgres copy of the search documents (`search_fallback`) and the degraded search over it.
 * The relay writes it in its own transaction before calling Meilisearch, so it stays current while
 * Meilisearch is down; the same filters and facets apply, matching by trigram-indexed substrings.
 */
@Injectable()
export class SearchFallback {
  /** Fallback searches hold a connection each and cost Postgres real work: a few at a time per process. */
  private readonly gate = new ConcurrencyGate(FALLBACK_CONCURRENCY, FALLBACK_QUEUE, SearchErrors.SEARCH_BUSY);

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
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(
           resource_id uuid, revision integer, name varchar, name_sort text, terms text, type varchar,
           district varchar, regions text[], themes text[], audiences text[], accessibility text[],
           accreditation_levels text[], free boolean, concessions text[], open_dates date[],
           open_dates_from date, bookable boolean, latitude double precision,
           longitude double precision)
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

  /** Removes rows whose resource is no longer public: after a rebuild, which only upserts. */
  async removeUnpublished(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_fallback f WHERE NOT EXISTS
         (SELECT 1 FROM resources r WHERE r.id = f.resource_id AND r.status = 'published' AND r.hidden_from_search_at IS NULL)`,
    );
  }

  /** Rows whose open dates were worked out on another day than `from`, in id order. */
  async openDatesBefore(from: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT resource_id AS id FROM search_fallback WHERE open_dates_from IS DISTINCT FROM $1::date
        ORDER BY resource_id LIMIT ${limit}`,
      [from],
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

  /** Published resources missing here or held at an older revision. */
  async staleCount(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM resources r
         JOIN resource_revisions rev ON rev.id = r.published_revision_id
         LEFT JOIN search_fallback f ON f.resource_id = r.id
        WHERE r.status = 'published' AND r.hidden_from_search_at IS NULL
          AND (f.resource_id IS NULL OR f.revision <> rev.number)`,
    );
    return row.n;
  }

  async search(
    query: SearchQueryDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
  ): Promise<{ rows: FallbackRow[]; total: number; facets: Record<string, Record<string, number>> }> {
    return this.gate.run(async () => {
      const { params, param, where, distance, todayParam } = this.filter(query, today, point, bbox);
      const q = query.q?.trim();
      const hits = `hits AS (SELECT *, ${todayParam()} = ANY(open_dates) AS open_today FROM search_fallback ${where})`;
      // Postgres refuses parameters a statement does not use, so the counts get only the filters' ones.
      const filterParams = params.slice();
      const order =
        query.sort === 'distance' && point
          ? `${distance()}, name_sort`
          : query.sort === 'name' || !q
            ? 'name_sort'
            : `${textRank(param(q.toLowerCase()))}, name_sort`;
      const counts: { facet: string; value: string | null; n: number }[] = await this.dataSource.query(
        `WITH ${hits}
         SELECT 'total' AS facet, NULL AS value, count(*)::int AS n FROM hits
         ${Object.entries(FACET_VALUES)
           .map(
             ([facet, values]) => `UNION ALL SELECT '${facet}', v, count(*)::int FROM (${values}) AS f(v) GROUP BY v`,
           )
           .join('\n')}`,
        filterParams,
      );
      const rows: FallbackRow[] = await this.dataSource.query(
        `WITH ${hits}
         SELECT resource_id AS id, name, type, district, latitude AS lat, longitude AS lng FROM hits
          ORDER BY ${order}, resource_id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        params,
      );
      const facets: Record<string, Record<string, number>> = Object.fromEntries(
        Object.keys(FACET_VALUES).map((facet) => [facet, {}]),
      );
      let total = 0;
      for (const { facet, value, n } of counts) {
        if (facet === 'total') total = n;
        else facets[facet][value as string] = n;
      }
      return { rows, total, facets };
    });
  }

  /** Every published resource matching the filters, for the map: no paging, at most `limit`. */
  async features(
    query: SearchFiltersDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
    limit: number,
  ): Promise<MapRow[]> {
    return this.gate.run(async () => {
      const { params, where } = this.filter(query, today, point, bbox);
      return this.dataSource.query(
        `SELECT resource_id AS id, name, type, district, latitude AS lat, longitude AS lng, free, bookable
           FROM search_fallback ${where} ORDER BY name_sort, resource_id LIMIT ${limit}`,
        params,
      );
    });
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
    for (const token of q ? q.split(/\s+/) : []) where.push(`terms LIKE ${param(likePattern(token))}`);
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

  async suggest(q: string): Promise<{ id: string; name: string }[]> {
    return this.gate.run(async () => {
      return this.dataSource.query(
        `SELECT resource_id AS id, name FROM search_fallback WHERE terms LIKE $1
          ORDER BY ${textRank('$2')}, name_sort LIMIT 10`,
        [likePattern(q.trim()), q.trim().toLowerCase()],
      );
    });
  }
}
