import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiErrors,
  ApiFileAnswer,
  CoreErrors,
  download,
  IdParam,
  writeCsv,
  writeXlsx,
  CorrelationId,
} from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { CampaignErrors } from '../campaigns-errors';
import { AttachEventDto, CampaignEventsQueryDto } from '../events/campaign-events.dto';
import { CampaignEventsService } from '../events/campaign-events.service';
import { EventView } from '../events/event.views';
import { CampaignStatsQueryDto } from '../stats/campaign-stats.dto';
import { CampaignStatsService, campaignTables } from '../stats/campaign-stats.service';
import { CampaignStats } from '../stats/campaign-stats.views';
import { CampaignDto, CampaignListDto } from './campaigns.dto';
import { CampaignsService } from './campaigns.service';
import { CampaignPage, CampaignView } from './campaigns.views';

/** What a campaign's body may be refused for, besides validation. */
const BODY_ERRORS = [CoreErrors.UNKNOWN_REGION, CampaignErrors.DATES_INVERTED, CampaignErrors.CAMPAIGN_TOO_LONG];

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly campaignEvents: CampaignEventsService,
    private readonly stats: CampaignStatsService,
  ) {}

  /** Published campaigns (全国科普日, 科技活动周…), latest first. */
  @Public()
  @Get()
  list(@CurrentActor() actor: Actor | undefined, @Query() query: CampaignListDto): Promise<CampaignPage> {
    return this.campaigns.list(actor, query);
  }

  /** Campaigns in every state covering the administrator's regions, latest first. */
  @Get('managed')
  managed(@CurrentActor() actor: Actor, @Query() query: CampaignListDto): Promise<CampaignPage> {
    return this.campaigns.managed(actor, query);
  }

  /** A new draft campaign over regions the administrator administers. */
  @Post()
  @ApiErrors(...BODY_ERRORS)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CampaignDto,
    @CorrelationId() correlationId?: string,
  ): Promise<CampaignView> {
    return this.campaigns.create(actor, body, correlationId);
  }

  /** One campaign: published or cancelled for everyone, a draft for the administrators of its regions. */
  @Public()
  @Get(':id')
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<CampaignView> {
    return this.campaigns.get(actor, id);
  }

  /** Replaces what the campaign says (not once cancelled); its events stay. */
  @Put(':id')
  @ApiErrors(...BODY_ERRORS, CampaignErrors.CAMPAIGN_NOT_EDITABLE)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: CampaignDto,
    @CorrelationId() correlationId?: string,
  ): Promise<CampaignView> {
    return this.campaigns.update(actor, id, body, correlationId);
  }

  /** Publishes a draft: it is listed, and operators may add their events. */
  @Post(':id/publish')
  @HttpCode(200)
  @ApiErrors(CampaignErrors.CAMPAIGN_NOT_DRAFT)
  publish(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<CampaignView> {
    return this.campaigns.publish(actor, id, correlationId);
  }

  /** Calls the campaign off: its page says so and its events leave it in search; they stay bookable. */
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiErrors(CampaignErrors.CAMPAIGN_NOT_EDITABLE)
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<CampaignView> {
    return this.campaigns.cancel(actor, id, correlationId);
  }

  /** The campaign page: its events on sale, with their venues, by day, district and theme. */
  @Public()
  @Get(':id/events')
  @ApiErrors(CoreErrors.UNKNOWN_REGION)
  events(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Query() query: CampaignEventsQueryDto,
  ): Promise<EventView[]> {
    return this.campaignEvents.list(actor, id, query);
  }

  /** Adds an event or lab open day of a venue the operator runs to a published campaign. */
  @Post(':id/events')
  @ApiErrors(
    CampaignErrors.CAMPAIGN_NOT_PUBLISHED,
    CampaignErrors.NOT_AN_EVENT,
    CampaignErrors.OFFERING_NOT_ON_SALE,
    CampaignErrors.EVENT_OUTSIDE_DATES,
    CampaignErrors.VENUE_OUTSIDE_REGIONS,
    CampaignErrors.THEME_NOT_IN_CAMPAIGN,
    CampaignErrors.EVENT_ALREADY_ATTACHED,
  )
  attach(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: AttachEventDto,
    @CorrelationId() correlationId?: string,
  ): Promise<EventView> {
    return this.campaignEvents.attach(actor, id, body, correlationId);
  }

  /** Takes an event out of the campaign (its venue's operators, or the campaign's administrators). */
  @Delete(':id/events/:offeringId')
  @HttpCode(204)
  detach(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('offeringId') offeringId: string,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    return this.campaignEvents.detach(actor, id, offeringId, correlationId);
  }

  /** The campaign's figures by district, for the administrators of its regions; CSV or XLSX with `format`. */
  @Get(':id/stats')
  @ApiExtraModels(CampaignStats)
  @ApiFileAnswer(
    'JSON; with `format=csv` a CSV file (UTF-8 with a BOM), with `format=xlsx` a workbook',
    ['csv', 'xlsx'],
    {
      'application/json': { schema: { $ref: getSchemaPath(CampaignStats) } },
    },
  )
  async figures(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: CampaignStatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignStats | Buffer> {
    const stats = await this.stats.figures(actor, id);
    if (!query.format) return stats;
    download(reply, query.format, `kepu-campaign-${stats.from}`);
    return query.format === 'csv' ? writeCsv(campaignTables(stats)[0].rows) : writeXlsx(campaignTables(stats));
  }
}
