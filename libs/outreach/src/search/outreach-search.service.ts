import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AppError,
  CoreErrors,
  insideRegions,
  pageWindow,
  regionPath,
  RegionTree,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { fromIndexOrFallback, highlighting, MeiliClient } from '@kepu/search';
import { languageViews } from '../directory/experts.views';
import { containsPattern, OutreachEntry, PUBLIC_ENTRIES } from './outreach-entries';
import { OutreachIndex } from './outreach-index.service';
import { OutreachSearchDto } from './outreach-search.dto';
import { OutreachSearchHit, OutreachSearchResult } from './outreach-search.views';

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const RETRIEVED: (keyof OutreachEntry)[] = [
  'kind',
  'id',
  'name',
  'summary',
  'organisationName',
  'jobTitle',
  'format',
  'themes',
  'audiences',
  'languages',
  'districtCodes',
  'ratingAverage',
  'ratingCount',
  'feeFen',
];

const hitOf = (entry: OutreachEntry): OutreachSearchHit => ({
  ...entry,
  format: entry.format as OutreachSearchHit['format'],
  languages: languageViews(entry.languages),
});

/**
 * `GET /outreach/search` over menu items and experts: Meilisearch first (Chinese, pinyin, typos,
 * highlights); Postgres when it cannot answer, with substring matches on the same public entries.
 */
@Injectable()
export class OutreachSearchService {
  private readonly logger = new Logger(OutreachSearchService.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly index: OutreachIndex,
    private readonly regions: RegionTree,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async search(query: OutreachSearchDto): Promise<OutreachSearchResult> {
    if (query.district && !(await this.regions.exists(query.district)))
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('district', CommonProblems.UNKNOWN_REGION, { code: query.district }),
      ]);
    const q = query.q?.trim() ?? '';
    return fromIndexOrFallback<OutreachSearchResult>(
      this.logger,
      'Outreach search',
      async () => {
        const result = await this.meili.search<{
          hits: (OutreachEntry & { _formatted?: { name?: string; summary?: string } })[];
          totalHits: number;
        }>(this.index.name, {
          q,
          filter: this.filters(query),
          page: query.page,
          hitsPerPage: query.pageSize,
          sort:
            query.sort === 'rating'
              ? ['ratingAverage:desc', 'nameSort:asc']
              : query.sort === 'name' || !q
                ? ['nameSort:asc']
                : undefined,
          attributesToRetrieve: RETRIEVED,
          ...highlighting(q, ['name', 'summary'], 'summary'),
        });
        return {
          hits: result.hits.map(({ _formatted, ...entry }) => ({
            ...hitOf(entry),
            ...(q && { highlight: { name: _formatted?.name, summary: _formatted?.summary } }),
          })),
          total: result.totalHits,
          page: query.page,
          pageSize: query.pageSize,
          degraded: false,
        };
      },
      async () => ({ ...(await this.fallback(query, q)), page: query.page, pageSize: query.pageSize, degraded: true }),
    );
  }

  private filters(query: OutreachSearchDto): string[] {
    const filter: string[] = [];
    const equals = (attribute: string, value?: string) => value && filter.push(`${attribute} = ${quote(value)}`);
    equals('kind', query.kind);
    equals('regions', query.district);
    equals('themes', query.theme);
    equals('format', query.format);
    return filter;
  }

  /** The same filters over the public entries in Postgres; every word of `q` must occur in the text. */
  private async fallback(query: OutreachSearchDto, q: string): Promise<{ hits: OutreachSearchHit[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    for (const token of q ? q.split(/\s+/) : []) {
      where.push(
        `concat_ws(' ', e.name, e."organisationName", e."jobTitle", e.summary) ILIKE ${param(containsPattern(token))}`,
      );
    }
    if (query.kind) where.push(`e.kind = ${param(query.kind)}`);
    if (query.theme) where.push(`${param(query.theme)} = ANY(e.themes)`);
    if (query.format) where.push(`e.format = ${param(query.format)}`);
    if (query.district) {
      where.push(`EXISTS (SELECT 1 FROM unnest(e."districtCodes") served(code)
                    WHERE ${insideRegions(regionPath('served.code'), param([query.district]))})`);
    }
    const order = query.sort === 'rating' ? `e."ratingAverage" DESC NULLS LAST, e.name` : 'e.name';
    const { limit, offset } = pageWindow(query);
    const rows: (OutreachEntry & { total: number })[] = await this.dataSource.query(
      `SELECT e.*, count(*) OVER ()::int AS total FROM ${PUBLIC_ENTRIES} e
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}, e.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { hits: rows.map(({ total: _total, ...entry }) => hitOf(entry)), total: rows[0]?.total ?? 0 };
  }
}
