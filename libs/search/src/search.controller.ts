import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RateLimit } from '@kepu/core';
import { Public } from '@kepu/identity';

/** Generous: a family typing and panning the map makes a few requests a second at most. */
const READS_PER_MINUTE = { ip: 600 };
import { SearchFiltersDto, SearchQueryDto, SuggestQueryDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Public()
@RateLimit(READS_PER_MINUTE)
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Full-text search of published resources with filters, geo, facets and highlights (docs/api.md). */
  @Get()
  find(@Query() query: SearchQueryDto) {
    return this.search.search(query);
  }

  /** Type-ahead: up to ten names for what has been typed so far (Chinese or pinyin). */
  @Get('suggest')
  suggest(@Query() query: SuggestQueryDto) {
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
  features(@Query() query: SearchFiltersDto) {
    return this.search.features(query);
  }
}
