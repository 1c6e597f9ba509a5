import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IdParam, PageQueryDto } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import { ResourceContentDto, ResourcePatchDto } from './resource-content.dto';
import { CreateResourceQueryDto, ExpiringQueryDto, ListResourcesDto, ModerationDto, ReviewDto } from './resources.dto';
import { ResourcesService } from './resources.service';
import { ReviewService } from './review.service';

@ApiTags('resources')
@ApiBearerAuth()
@Controller('resources')
export class ResourcesController {
  constructor(
    private readonly resources: ResourcesService,
    private readonly review: ReviewService,
  ) {}

  @Public()
  @Get()
  list(@CurrentActor() actor: Actor | undefined, @Query() query: ListResourcesDto) {
    return this.resources.list(actor, query);
  }

  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: ResourceContentDto,
    @Query() query: CreateResourceQueryDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.resources.create(actor, body, query.organisationId, correlationId);
  }

  /** Submissions waiting for this administrator, each with its diff against the published version. */
  @Get('review-queue')
  queue(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    return this.review.queue(actor, query);
  }

  /** Public text of this administrator's resources that changed without review (offering titles, descriptions). */
  @Get('public-text-changes')
  publicTextChanges(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    return this.review.publicTextChanges(actor, query);
  }

  @Public()
  @Get(':id')
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string) {
    return this.resources.get(actor, id);
  }

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ResourcePatchDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.resources.update(actor, id, body, correlationId);
  }

  /** The copy being edited or reviewed, with its changes against the published version. */
  @Get(':id/working-copy')
  workingCopy(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.resources.workingCopy(actor, id);
  }

  @Get(':id/history')
  history(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.resources.history(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.resources.submit(actor, id, correlationId);
  }

  @Post(':id/review')
  @HttpCode(200)
  decide(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ReviewDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.review.review(actor, id, body, correlationId);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  suspend(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ) {
    return this.review.moderate(actor, id, 'suspend', body, cid);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ) {
    return this.review.moderate(actor, id, 'withdraw', body, cid);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ) {
    return this.review.moderate(actor, id, 'restore', body, cid);
  }
}

@ApiTags('resources')
@ApiBearerAuth()
@Controller('accreditations')
export class AccreditationsController {
  constructor(private readonly review: ReviewService) {}

  /** Accreditations expiring within `days` (default 60) in the administrator's regions, expired ones first. */
  @Get('expiring')
  @ApiQuery({ name: 'days', required: false })
  expiring(@CurrentActor() actor: Actor, @Query() query: ExpiringQueryDto) {
    return this.review.expiringAccreditations(actor, query.days);
  }
}
