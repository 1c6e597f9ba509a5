import { Injectable, Logger } from '@nestjs/common';
import { AppError, CoreErrors, pageWindow, RegionTree, fieldProblem, CommonProblems } from '@kepu/core';
import { fromIndexOrFallback, highlighting, MeiliClient } from '@kepu/search';
import { CampaignErrors } from '../campaigns-errors';
import { dayNumber, toEventView } from '../events/event-entries';
import { EventView } from '../events/event.views';
import { EventIndex } from './event-index.service';
import { EventSearchDto } from './event-search.dto';
import { EventSearchHit, EventSearchResult } from './event-search.views';
import { PublicEventsStore } from './public-events.store';

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const RETRIEVED: (keyof EventView)[] = [
  'offeringId',
  'title',
  'description',
  'kind',
  'venue',
  'days',
  'startTimes',
  'slotMinutes',
  'priceFen',
  'themes',
  'campaignIds',
  'bookable',
];

/**
 * `GET /events/search` (docs/campaigns.md, "The events index"): Meilisearch first (Chinese, pinyin,
 * typos, highlights); Postgres when it cannot answer, with substring matches on the same events.
 */
@Injectable()
export class EventSearchService {
  private readonly logger = new Logger(EventSearchService.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly index: EventIndex,
    private readonly regions: RegionTree,
    private readonly events: PublicEventsStore,
  ) {}

  async search(query: EventSearchDto): Promise<EventSearchResult> {
    if (query.district && !(await this.regions.exists(query.district)))
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('district', CommonProblems.UNKNOWN_REGION, { code: query.district }),
      ]);
    if (query.from && query.to && query.to < query.from)
      throw new AppError(CampaignErrors.DATES_INVERTED, [
        fieldProblem('to', CommonProblems.END_BEFORE_START, { from: query.from, to: query.to }),
      ]);
    const q = query.q?.trim() ?? '';
    return fromIndexOrFallback<EventSearchResult>(
      this.logger,
      'Event search',
      async () => {
        const result = await this.meili.search<{
          hits: (EventView & { _formatted?: { title?: string; description?: string } })[];
          totalHits: number;
        }>(this.index.name, {
          q,
          filter: this.filters(query),
          page: query.page,
          hitsPerPage: query.pageSize,
          sort: q ? undefined : ['firstDay:asc', 'titleSort:asc'],
          attributesToRetrieve: RETRIEVED,
          ...highlighting(q, ['title', 'description'], 'description'),
        });
        return {
          hits: result.hits.map(({ _formatted, ...event }) => ({
            ...event,
            ...(q && { highlight: { title: _formatted?.title, description: _formatted?.description } }),
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

  private filters(query: EventSearchDto): string[] {
    const filter: string[] = [];
    if (query.campaign) filter.push(`campaignIds = ${quote(query.campaign)}`);
    if (query.district) filter.push(`regions = ${quote(query.district)}`);
    if (query.theme) filter.push(`themes = ${quote(query.theme)}`);
    if (query.from) filter.push(`lastDay >= ${dayNumber(query.from)}`);
    if (query.to) filter.push(`firstDay <= ${dayNumber(query.to)}`);
    return filter;
  }

  /** The same filters over the public events in Postgres; every word of `q` must occur in the text. */
  private async fallback(query: EventSearchDto, q: string): Promise<{ hits: EventSearchHit[]; total: number }> {
    const rows = await this.events.search(
      {
        words: q ? q.split(/\s+/) : [],
        campaign: query.campaign,
        theme: query.theme,
        district: query.district,
        from: query.from,
        to: query.to,
      },
      pageWindow(query),
    );
    return { hits: rows.map(({ total: _total, ...entry }) => toEventView(entry)), total: rows[0]?.total ?? 0 };
  }
}
