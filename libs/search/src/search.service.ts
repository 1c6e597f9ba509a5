import { Injectable, Logger } from '@nestjs/common';
import { AppError, CoreErrors, fieldProblem, RegionTree, CommonProblems } from '@kepu/core';
import { LocalDate, shanghaiToday } from '@kepu/schedule';
import { fromIndexOrFallback } from './index-or-fallback';
import { MeiliClient } from './meili-client';
import { typed } from './did-you-mean';
import { highlighting } from './own-index';
import { QueryUnderstanding } from './query-understanding.service';
import { ResourceIndex } from './resource-index.service';
import { Computed, SearchCache } from './search-cache';
import { FACET_ATTRIBUTES } from './search-document';
import { SearchFallback } from './search-fallback';
import type { Bbox, GeoPoint, MapRow } from './search-fallback.store';
import { SearchErrors } from './search-errors';
import { SearchProblems } from './search-problems';
import { roundDegrees, SearchFiltersDto, SearchQueryDto } from './search.dto';
import type {
  DegradedSearchResult,
  MapFeatures,
  SearchFacets,
  SearchResult,
  SearchSuggestion,
  SearchSuggestions,
  SearchUnderstood,
} from './search.views';

/** The most markers one answer carries; the map stays smooth well beyond the register's size. */
export const MAP_FEATURES_LIMIT = 20_000;
/** Text queries go to Meilisearch, which ranks at most this many (its `maxTotalHits`). */
const MAP_TEXT_LIMIT = 10_000;

interface MeiliHit {
  id: string;
  name: string;
  nameEn: string | null;
  type: string;
  district: string;
  _geo: { lat: number; lng: number };
  _geoDistance?: number;
  _formatted?: { name?: string; description?: string };
}

/** What `Object.fromEntries` over the facet names gives. */
type FacetCounts = Record<keyof SearchFacets, Record<string, number>>;

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Distances are shown to 10 m. */
const roundKm = (km: number) => Math.round(km * 100) / 100;

/** Parses `minLng,minLat,maxLng,maxLat`. */
export function parseBbox(input: string): Bbox {
  const parts = input.split(',').map((p) => roundDegrees(Number(p.trim())));
  const [minLng, minLat, maxLng, maxLat] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    minLng >= -180 &&
    maxLng <= 180 &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLng < maxLng &&
    minLat < maxLat;
  if (!valid)
    throw new AppError(SearchErrors.INVALID_BBOX, [fieldProblem('bbox', SearchProblems.INVALID_BBOX, { bbox: input })]);
  return { minLng, minLat, maxLng, maxLat };
}

function filters(query: SearchFiltersDto, today: LocalDate, point?: GeoPoint, box?: Bbox): string[] {
  const filter: string[] = [];
  const equals = (attribute: string, value?: string) => value && filter.push(`${attribute} = ${quote(value)}`);
  equals('regions', query.district);
  equals('type', query.type);
  equals('themes', query.theme);
  equals('audiences', query.audience);
  equals('accessibility', query.accessibility);
  equals('accreditationLevels', query.accreditation);
  if (query.free !== undefined) filter.push(`free = ${query.free}`);
  if (query.bookable !== undefined) filter.push(`bookable = ${query.bookable}`);
  if (query.openToday !== undefined) filter.push(`${query.openToday ? '' : 'NOT '}openDates = ${quote(today)}`);
  for (const code of query.concession ?? []) equals('concessions', code);
  if (point && query.radiusKm)
    filter.push(`_geoRadius(${point.lat}, ${point.lng}, ${Math.round(query.radiusKm * 1000)})`);
  if (box) {
    // Meilisearch takes the top-right corner, then the bottom-left one.
    filter.push(`_geoBoundingBox([${box.maxLat}, ${box.maxLng}], [${box.minLat}, ${box.minLng}])`);
  }
  return filter;
}

/** The Meilisearch search request for an API query: also what the benchmark sends straight to Meilisearch. */
export function meiliSearchRequest(
  query: SearchQueryDto,
  point?: GeoPoint,
  box = query.bbox ? parseBbox(query.bbox) : undefined,
  today = shanghaiToday(),
) {
  return {
    q: query.q ?? '',
    filter: filters(query, today, point, box),
    facets: [...Object.values(FACET_ATTRIBUTES), 'openDates'],
    page: query.page,
    hitsPerPage: query.pageSize,
    sort:
      query.sort === 'distance' && point
        ? [`_geoPoint(${point.lat}, ${point.lng}):asc`]
        : query.sort === 'name'
          ? ['nameSort:asc']
          : undefined,
    attributesToRetrieve: ['id', 'name', 'nameEn', 'type', 'district', '_geo'],
    ...highlighting(query.q, ['name', 'description'], 'description'),
  };
}

/** `GET /search`: Meilisearch first; Postgres when it cannot answer. */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly index: ResourceIndex,
    private readonly regions: RegionTree,
    private readonly fallback: SearchFallback,
    private readonly cache: SearchCache,
    private readonly understanding: QueryUnderstanding,
  ) {}

  /**
   * While the breaker is open, a cached answer of the index still serves, and the Postgres copy's
   * answers are kept too: as fresh as the copy (its writes raise the generation), and never used
   * once Meilisearch is back. A fallback answer given while the breaker is closed (a search that
   * timed out) is not kept. A text query that finds nothing comes with suggestions.
   */
  async search({ city, ...query }: SearchQueryDto): Promise<SearchResult | DegradedSearchResult> {
    if (city && !(await this.regions.exists(city))) {
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('city', SearchProblems.UNKNOWN_CITY, { code: city }),
      ]);
    }
    const result = await this.find(query);
    if (result.total || !query.q) return result;
    return { ...result, suggestions: await this.suggestions(query, query.q, query.district ?? city) };
  }

  /** One search, without suggestions; the city is no part of its cache key, as it filters nothing. */
  private async find(query: SearchQueryDto): Promise<SearchResult | DegradedSearchResult> {
    const understood = await this.asUnderstood(
      query,
      (q) => this.find(q),
      (result) => result.total,
    );
    if (understood) return understood;
    const { point, box } = await this.checkFilters(query);
    // One date for the filter and the facet, whichever store answers.
    const today = shanghaiToday();
    const outage = this.meili.breaker.isOpen;
    return this.cache.answer(
      'search',
      this.index.name,
      { ...query, today },
      () =>
        fromIndexOrFallback<Computed<SearchResult | DegradedSearchResult>>(
          this.logger,
          'Search',
          async () => ({ answer: await this.fromIndex(query, today, point, box), keep: true }),
          async () => ({
            answer: await this.fromFallback(query, today, point, box),
            keep: outage,
            fromPostgres: true,
          }),
        ),
      outage,
    );
  }

  private async fromIndex(
    query: SearchQueryDto,
    today: LocalDate,
    point?: GeoPoint,
    box?: Bbox,
  ): Promise<SearchResult> {
    const result = await this.meili.search<{
      hits: MeiliHit[];
      totalHits: number;
      facetDistribution?: Record<string, Record<string, number>>;
    }>(this.index.name, meiliSearchRequest(query, point, box, today));
    const openToday = result.facetDistribution?.openDates?.[today] ?? 0;
    return {
      hits: result.hits.map((hit) => ({
        id: hit.id,
        name: hit.name,
        nameEn: hit.nameEn ?? null,
        type: hit.type,
        district: hit.district,
        location: hit._geo,
        ...(point && {
          distanceKm: roundKm(hit._geoDistance !== undefined ? hit._geoDistance / 1000 : distanceKm(point, hit._geo)),
        }),
        ...(query.q && { highlight: { name: hit._formatted?.name, description: hit._formatted?.description } }),
      })),
      total: result.totalHits,
      facets: {
        ...(Object.fromEntries(
          Object.entries(FACET_ATTRIBUTES).map(([name, attribute]) => [
            name,
            result.facetDistribution?.[attribute] ?? {},
          ]),
        ) as Omit<FacetCounts, 'openToday'>),
        // Like every facet: values no hit has are left out.
        openToday: Object.fromEntries(
          Object.entries({ true: openToday, false: result.totalHits - openToday }).filter(([, n]) => n > 0),
        ),
      },
      page: query.page,
      pageSize: query.pageSize,
      degraded: false,
    };
  }

  private async fromFallback(
    query: SearchQueryDto,
    today: LocalDate,
    point?: GeoPoint,
    box?: Bbox,
  ): Promise<DegradedSearchResult> {
    const { rows, total, facets } = await this.fallback.search(query, today, point, box);
    return {
      hits: rows.map(({ lat, lng, ...row }) => ({
        ...row,
        location: { lat, lng },
        ...(point && { distanceKm: roundKm(distanceKm(point, { lat, lng })) }),
      })),
      total,
      facets: facets as FacetCounts,
      page: query.page,
      pageSize: query.pageSize,
      degraded: true,
    };
  }

  /**
   * `GET /map/features`: every published resource the filters match, as markers. Without text the
   * Postgres copy answers (every marker, no ranking needed); text goes to Meilisearch so the map shows
   * what the result list shows, and to Postgres when Meilisearch is down.
   */
  async features(query: SearchFiltersDto): Promise<MapFeatures> {
    const understood = await this.asUnderstood(
      query,
      (q) => this.features(q),
      (map) => map.features.length,
    );
    if (understood) return understood;
    const { point, box } = await this.checkFilters(query);
    const today = shanghaiToday();
    const rows = query.q?.trim()
      ? await fromIndexOrFallback(
          this.logger,
          'Map features',
          async () => {
            const result = await this.meili.search<{
              hits: (MeiliHit & { free: boolean | null; bookable: boolean })[];
            }>(this.index.name, {
              q: query.q,
              filter: filters(query, today, point, box),
              limit: MAP_TEXT_LIMIT,
              attributesToRetrieve: ['id', 'name', 'type', 'district', '_geo', 'free', 'bookable'],
            });
            return result.hits.map(({ _geo, ...hit }): MapRow => ({ ...hit, lat: _geo.lat, lng: _geo.lng }));
          },
          () => this.fallback.features(query, today, point, box, MAP_FEATURES_LIMIT + 1),
        )
      : await this.fallback.features(query, today, point, box, MAP_FEATURES_LIMIT + 1);
    return {
      type: 'FeatureCollection',
      features: rows.slice(0, MAP_FEATURES_LIMIT).map((row) => ({
        type: 'Feature',
        id: row.id,
        geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
        properties: { name: row.name, type: row.type, district: row.district, free: row.free, bookable: row.bookable },
      })),
      truncated: rows.length > MAP_FEATURES_LIMIT,
    };
  }

  /**
   * What to try instead of a text query that found nothing (docs/search.md, "Nothing found"): the
   * kinds of venue in `region` (a search without text there: one cached answer for every such
   * query), and a "did you mean": the kind word or district closest to the words, if the region
   * has some of it, else for a Chinese query the best venue its pinyin finds (homophones: an input
   * method's wrong character). Pinyin is worked out here only, never for a query that finds
   * something.
   */
  private async suggestions(query: SearchQueryDto, q: string, region?: string): Promise<SearchSuggestions> {
    const inRegion = await this.find({ district: region, page: 1, pageSize: 1, sort: 'relevance' });
    const { type: types, district: districts } = inRegion.facets;
    const words = typed(q);
    const closest = await this.understanding.closest(words, (word) =>
      word.type ? types[word.type] > 0 : districts[word.district!] > 0,
    );
    let didYouMean = closest?.word;
    if (!didYouMean && words.chinese && words.latin) {
      const byPinyin = await this.find({ ...query, q: words.latin, page: 1, pageSize: 1 });
      didYouMean = byPinyin.hits[0]?.name;
    }
    return {
      ...(didYouMean && { didYouMean }),
      ...(region && { region }),
      categories: Object.entries(types)
        .sort(([, a], [, b]) => b - a)
        .map(([type, count]) => ({ type, count })),
    };
  }

  /**
   * Type-ahead: up to ten names. Words that are only a kind of venue (科技馆, twg, nanshan kjg) are
   * read as search reads them, so the pinyin of a kind word suggests names as its Chinese does;
   * a district alone stays text, so names with it come first.
   */
  async suggest(q: string): Promise<SearchSuggestion[]> {
    const understood = await this.understanding.of({ q });
    if (understood?.type) {
      const { text, ...kind } = understood;
      const found = await this.typeAhead(text, kind);
      if (found.length) return found;
    }
    return this.typeAhead(q);
  }

  private typeAhead(q: string, kind: SearchFiltersDto = {}): Promise<SearchSuggestion[]> {
    const outage = this.meili.breaker.isOpen;
    return this.cache.answer(
      'suggest',
      this.index.name,
      { q, ...kind },
      () =>
        fromIndexOrFallback<Computed<SearchSuggestion[]>>(
          this.logger,
          'Suggestions',
          async () => ({
            answer: (
              await this.meili.search<{ hits: SearchSuggestion[] }>(this.index.name, {
                q,
                filter: filters(kind, shanghaiToday()),
                limit: 10,
                attributesToRetrieve: ['id', 'name'],
              })
            ).hits,
            keep: true,
          }),
          async () => ({ answer: await this.fallback.suggest(q, kind), keep: outage, fromPostgres: true }),
        ),
      outage,
    );
  }

  /**
   * A query that is only a district and/or a kind of venue, run as those filters (docs/search.md,
   * "Queries that are only a place or a kind of venue"); undefined when it is not one, or when the
   * filters find nothing: then it runs as typed, like any other words.
   */
  private async asUnderstood<Q extends SearchFiltersDto, R extends object>(
    query: Q,
    run: (query: Q) => Promise<R>,
    count: (result: R) => number,
  ): Promise<(R & { understood: SearchUnderstood }) | undefined> {
    const understood = await this.understanding.of(query);
    if (!understood) return undefined;
    const { text, ...filters } = understood;
    const result = await run({ ...query, ...filters, q: text, asTyped: true });
    return count(result) > 0 ? { ...result, understood: filters } : undefined;
  }

  private async checkFilters(query: SearchFiltersDto & { sort?: string }) {
    const point = this.point(query);
    const box = query.bbox ? parseBbox(query.bbox) : undefined;
    if (query.district && !(await this.regions.exists(query.district))) {
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('district', CommonProblems.UNKNOWN_REGION, { code: query.district }),
      ]);
    }
    return { point, box };
  }

  private point(query: SearchFiltersDto & { sort?: string }) {
    const hasPoint = query.lat !== undefined && query.lng !== undefined;
    if (
      (query.lat !== undefined) !== (query.lng !== undefined) ||
      (!hasPoint && (query.radiusKm || query.sort === 'distance'))
    ) {
      throw new AppError(SearchErrors.POINT_REQUIRED);
    }
    return hasPoint ? { lat: query.lat as number, lng: query.lng as number } : undefined;
  }
}
