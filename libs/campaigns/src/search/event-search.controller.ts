import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, RateLimit } from '@kepu/core';
import { Public } from '@kepu/identity';
import { CampaignErrors } from '../campaigns-errors';
import { EventSearchDto } from './event-search.dto';
import { EventSearchService } from './event-search.service';
import { EventSearchResult } from './event-search.views';

@ApiTags('campaigns')
@Controller('events/search')
export class EventSearchController {
  constructor(private readonly search: EventSearchService) {}

  /** Searches events (活动, 实验室开放日) at published venues (Chinese, pinyin or initials), by campaign, place, theme and dates. */
  @Public()
  @RateLimit({ ip: 600 })
  @Get()
  @ApiErrors(CoreErrors.UNKNOWN_REGION, CampaignErrors.DATES_INVERTED)
  find(@Query() query: EventSearchDto): Promise<EventSearchResult> {
    return this.search.search(query);
  }
}
