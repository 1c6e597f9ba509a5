import { Injectable, Logger } from '@nestjs/common';
import { AppError, CoreErrors, pageWindow, RegionTree, fieldProblem, CommonProblems } from '@kepu/core';
import { fromIndexOrFallback, highlighting, MeiliClient } from '@kepu/search';
import { languageViews } from '../directory/experts.views';
import { OutreachEntry } from './outreach-entries';
import { OutreachIndex } from './outreach-index.service';
import { OutreachSearchDto } from './outreach-search.dto';
import { OutreachSearchHit, OutreachSearchResult } from './outreach-search.views';
import { PublicEntriesStore } from './public-entries.store';

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
    private readonly entries: PublicEntriesStore,
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
    const { entries, total } = await this.entries.search(
      { ...query, words: q ? q.split(/\s+/) : [] },
      pageWindow(query),
    );
    return { hits: entries.map(hitOf), total };
  }
}
