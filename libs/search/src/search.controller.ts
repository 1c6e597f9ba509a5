import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, RateLimit } from '@kepu/core';
import { Public } from '@kepu/identity';
import { SearchFiltersDto, SearchQueryDto, SuggestQueryDto } from './search.dto';
import { SearchErrors } from './search-errors';
import { SearchService } from './search.service';
import { DegradedSearchResult, MapFeatures, SearchResult, SearchSuggestion } from './search.views';

/** Generous: a family typing and panning the map makes a few requests a second at most. */
const READS_PER_MINUTE = { ip: 600 };

@ApiTags('search')
@Public()
@RateLimit(READS_PER_MINUTE)
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Full-text search of published resources with filters, geo, facets and highlights (docs/api.md). */
  @Get()
  @ApiExtraModels(SearchResult, DegradedSearchResult)
  @ApiOkResponse({
    description: 'From Meilisearch, or from Postgres while it is unreachable (`degraded: true`, no highlights).',
    schema: { oneOf: [{ $ref: getSchemaPath(SearchResult) }, { $ref: getSchemaPath(DegradedSearchResult) }] },
  })
  @ApiErrors(
    SearchErrors.INVALID_BBOX,
    SearchErrors.POINT_REQUIRED,
    CoreErrors.UNKNOWN_REGION,
    SearchErrors.SEARCH_BUSY,
  )
  find(@Query() query: SearchQueryDto): Promise<SearchResult | DegradedSearchResult> {
    return this.search.search(query);
  }

  /** Type-ahead: up to ten names for what has been typed so far (Chinese or pinyin). */
  @Get('suggest')
  @ApiExtraModels(SearchSuggestion)
  @ApiOkResponse({
    description: 'Best first',
    schema: { type: 'array', maxItems: 10, items: { $ref: getSchemaPath(SearchSuggestion) } },
  })
  @ApiErrors(SearchErrors.SEARCH_BUSY)
  suggest(@Query() query: SuggestQueryDto): Promise<SearchSuggestion[]> {
    return this.search.suggest(query.q);
  }
}

@ApiTags('search')
@Public()
@RateLimit(READS_PER_MINUTE)
@Controller('map')
export class MapController {
  constructor(private readonly search: SearchService) {}

  /** GeoJSON of every published resource the filters match (the search filters, without paging). */
  @Get('features')
  @ApiErrors(
    SearchErrors.INVALID_BBOX,
    SearchErrors.POINT_REQUIRED,
    CoreErrors.UNKNOWN_REGION,
    SearchErrors.SEARCH_BUSY,
  )
  features(@Query() query: SearchFiltersDto): Promise<MapFeatures> {
    return this.search.features(query);
  }
}
