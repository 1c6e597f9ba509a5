import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, RateLimit } from '@kepu/core';
import { Public } from '@kepu/identity';
import { OutreachSearchDto } from './outreach-search.dto';
import { OutreachSearchService } from './outreach-search.service';
import { OutreachSearchResult } from './outreach-search.views';

@ApiTags('outreach')
@Controller('outreach/search')
export class OutreachSearchController {
  constructor(private readonly search: OutreachSearchService) {}

  /** Searches the activity menu and the public expert directory together (Chinese, pinyin or initials). */
  @Public()
  @RateLimit({ ip: 600 })
  @Get()
  @ApiErrors(CoreErrors.UNKNOWN_REGION)
  find(@Query() query: OutreachSearchDto): Promise<OutreachSearchResult> {
    return this.search.search(query);
  }
}
