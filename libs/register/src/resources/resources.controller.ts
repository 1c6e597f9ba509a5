import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, PageQueryDto, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { ResourceContentDto, ResourcePatchDto } from './resource-content.dto';
import { CreateResourceQueryDto, ExpiringQueryDto, ListResourcesDto, ModerationDto, ReviewDto } from './resources.dto';
import { ResourcesService } from './resources.service';
import { ReviewService } from './review.service';
import {
  Admission,
  ExpiringAccreditation,
  HistoryActor,
  HistoryEntry,
  PendingRevision,
  PublicTextChangePage,
  QueueItemPage,
  ResourcePage,
  ResourceView,
  WorkingCopy,
} from './resources.views';

/** What the database says of a resource's content: its region and the files it references. */
const CONTENT_ERRORS = [
  CoreErrors.UNKNOWN_REGION,
  RegisterErrors.REGION_NOT_A_DISTRICT,
  RegisterErrors.MEDIA_NOT_FOUND,
];

@ApiTags('resources')
@ApiBearerAuth()
// Models the views name only by reference (nullable ones).
@ApiExtraModels(Admission, PendingRevision, HistoryActor)
@Controller('resources')
export class ResourcesController {
  constructor(
    private readonly resources: ResourcesService,
    private readonly review: ReviewService,
  ) {}

  /** Published resources for everyone; `mine` and `status` widen the list for members and administrators. */
  @Public()
  @Get()
  @ApiErrors(CoreErrors.UNAUTHORIZED, CoreErrors.FORBIDDEN)
  list(@CurrentActor() actor: Actor | undefined, @Query() query: ListResourcesDto): Promise<ResourcePage> {
    return this.resources.list(actor, query);
  }

  /** Creates a draft resource for the operator's organisation. */
  @Post()
  @ApiErrors(RegisterErrors.ORGANISATION_REQUIRED, ...CONTENT_ERRORS)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: ResourceContentDto,
    @Query() query: CreateResourceQueryDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.resources.create(actor, body, query.organisationId, correlationId);
  }

  /** Submissions waiting for this administrator, each with its diff against the published version. */
  @Get('review-queue')
  queue(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<QueueItemPage> {
    return this.review.queue(actor, query);
  }

  /** Public text of this administrator's resources that changed without review (offering titles, descriptions). */
  @Get('public-text-changes')
  publicTextChanges(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<PublicTextChangePage> {
    return this.review.publicTextChanges(actor, query);
  }

  /** A resource's page: the published version, or the working copy to its members and reviewers. */
  @Public()
  @Get(':id')
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<ResourceView> {
    return this.resources.get(actor, id);
  }

  /** Edits the working copy; the public keeps seeing the published version until the edit is approved. */
  @Patch(':id')
  @ApiErrors(RegisterErrors.RESOURCE_UNDER_REVIEW, ...CONTENT_ERRORS)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ResourcePatchDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.resources.update(actor, id, body, correlationId);
  }

  /** The copy being edited or reviewed, with its changes against the published version. */
  @Get(':id/working-copy')
  workingCopy(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<WorkingCopy> {
    return this.resources.workingCopy(actor, id);
  }

  /** What happened to a resource, oldest first, and who did it. */
  @Get(':id/history')
  history(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<HistoryEntry[]> {
    return this.resources.history(actor, id);
  }

  /** Submits the working copy for review. */
  @Post(':id/submit')
  @HttpCode(200)
  @ApiErrors(RegisterErrors.NOTHING_TO_SUBMIT, RegisterErrors.INCOMPLETE_RESOURCE)
  submit(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.resources.submit(actor, id, correlationId);
  }

  /** Approves a submission (publishing it, or passing it to the city), rejects it or returns it for changes. */
  @Post(':id/review')
  @HttpCode(200)
  @ApiErrors(CoreErrors.REASON_REQUIRED, RegisterErrors.NOTHING_TO_REVIEW)
  decide(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ReviewDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.review.review(actor, id, body, correlationId);
  }

  /** Hides a published resource from the public for now, with a reason. */
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiErrors(CoreErrors.REASON_REQUIRED, RegisterErrors.INVALID_TRANSITION)
  suspend(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ): Promise<ResourceView> {
    return this.review.moderate(actor, id, 'suspend', body, cid);
  }

  /** Takes a published or suspended resource off the register, with a reason. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiErrors(CoreErrors.REASON_REQUIRED, RegisterErrors.INVALID_TRANSITION)
  withdraw(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ): Promise<ResourceView> {
    return this.review.moderate(actor, id, 'withdraw', body, cid);
  }

  /** Publishes a suspended or withdrawn resource again. */
  @Post(':id/restore')
  @HttpCode(200)
  @ApiErrors(RegisterErrors.INVALID_TRANSITION)
  restore(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ModerationDto,
    @CorrelationId() cid?: string,
  ): Promise<ResourceView> {
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
  expiring(@CurrentActor() actor: Actor, @Query() query: ExpiringQueryDto): Promise<ExpiringAccreditation[]> {
    return this.review.expiringAccreditations(actor, query.days);
  }
}
