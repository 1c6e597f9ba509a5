import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, PageQueryDto, RateLimit, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { OutreachErrors } from '../outreach-errors';
import { ExpertApplicationDto, ExpertListDto, ExpertReviewDto } from './experts.dto';
import { ExpertsService } from './experts.service';
import { ExpertPage, ExpertPublicPage, ExpertPublicView, ExpertView } from './experts.views';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('experts')
export class ExpertsController {
  constructor(private readonly experts: ExpertsService) {}

  /**
   * A verified account applies to the expert pool (科普专家库) for itself.
   * @remarks The administrators of the home district (`regionCode`) review it. With `publicProfile`
   * the expert consents to the public directory showing them once approved.
   */
  @Post()
  @RateLimit({ account: 10, ip: 60 })
  @ApiErrors(OutreachErrors.EXPERT_ALREADY_APPLIED)
  apply(
    @CurrentActor() actor: Actor,
    @Body() body: ExpertApplicationDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ExpertView> {
    return this.experts.apply(actor, body, correlationId);
  }

  /** The public directory: approved experts who consented to a public profile. */
  @Public()
  @Get()
  list(@Query() query: ExpertListDto): Promise<ExpertPublicPage> {
    return this.experts.list(query);
  }

  /** The caller's own application, with its status and the reviewer's comment. */
  @Get('me')
  @ApiErrors(CoreErrors.NOT_FOUND)
  mine(@CurrentActor() actor: Actor): Promise<ExpertView> {
    return this.experts.mine(actor);
  }

  /**
   * The expert changes their application (the whole of it).
   * @remarks A changed profile of an approved expert goes back to review and leaves the directory
   * until approved again; a rejected or withdrawn application is sent again. Consent alone
   * (`publicProfile`) takes effect at once, given or withdrawn.
   */
  @Put('me')
  @RateLimit({ account: 30, ip: 120 })
  @ApiErrors(CoreErrors.NOT_FOUND)
  edit(
    @CurrentActor() actor: Actor,
    @Body() body: ExpertApplicationDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ExpertView> {
    return this.experts.edit(actor, body, correlationId);
  }

  /** The expert leaves the pool: out of the public directory at once. */
  @Delete('me')
  @ApiErrors(CoreErrors.NOT_FOUND)
  withdraw(@CurrentActor() actor: Actor, @CorrelationId() correlationId?: string): Promise<ExpertView> {
    return this.experts.withdraw(actor, correlationId);
  }

  /** Submitted applications from the districts the administrator reviews, oldest first. */
  @Get('review-queue')
  queue(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<ExpertPage> {
    return this.experts.queue(actor, query);
  }

  /**
   * One expert: the application to the expert and the administrators of their home district, the
   * public profile to everyone else (only while approved and consenting).
   */
  @Public()
  @Get(':id')
  @ApiExtraModels(ExpertView, ExpertPublicView)
  @ApiOkResponse({
    description: 'The application (ExpertView) for the expert and their reviewers, else the public profile',
    schema: { anyOf: [{ $ref: getSchemaPath(ExpertView) }, { $ref: getSchemaPath(ExpertPublicView) }] },
  })
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<ExpertView | ExpertPublicView> {
    return this.experts.get(actor, id);
  }

  /** The administrators of the expert's home district approve or reject (with a comment) the application. */
  @Post(':id/review')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.EXPERT_NOT_SUBMITTED, CoreErrors.REASON_REQUIRED)
  review(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ExpertReviewDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ExpertView> {
    return this.experts.review(actor, id, body, correlationId);
  }
}
