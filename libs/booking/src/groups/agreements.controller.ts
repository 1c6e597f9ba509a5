import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, CorrelationId, IdParam } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { AgreementsService } from './agreements.service';
import { GroupVisitsService } from './group-visits.service';
import { AgreementDto, AgreementListDto } from './group-visits.dto';
import { AgreementPage, AgreementView, GroupFeedbackSummaryView } from './group.views';

@ApiTags('group visits')
@ApiBearerAuth()
@Controller()
export class GroupAgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly groupVisits: GroupVisitsService,
  ) {}

  /** The venue offers a verified school a cooperation agreement of up to a year. */
  @Post('group-agreements')
  @ApiCreatedResponse({ type: AgreementView, description: 'Offered' })
  @ApiErrors(
    CoreErrors.NOT_FOUND,
    BookingErrors.SCHOOL_NOT_VERIFIED,
    BookingErrors.AGREEMENT_TOO_LONG,
    BookingErrors.AGREEMENT_OVERLAPS,
  )
  offer(
    @CurrentActor() actor: Actor,
    @Body() body: AgreementDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AgreementView> {
    return this.agreements.offer(actor, body, correlationId);
  }

  /** The agreements the caller may see, with their usage per school term; ended ones last. */
  @Get('group-agreements')
  list(@CurrentActor() actor: Actor, @Query() query: AgreementListDto): Promise<AgreementPage> {
    return this.agreements.list(actor, query);
  }

  /** One agreement with its usage per school term. */
  @Get('group-agreements/:id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<AgreementView> {
    return this.agreements.get(actor, id);
  }

  /** A teacher of the school signs an offered agreement. */
  @Post('group-agreements/:id/sign')
  @HttpCode(200)
  @ApiErrors(BookingErrors.AGREEMENT_WRONG_STATE)
  sign(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<AgreementView> {
    return this.agreements.sign(actor, id, correlationId);
  }

  /** Either side ends an agreement; visits already counted stay counted. */
  @Post('group-agreements/:id/end')
  @HttpCode(200)
  @ApiErrors(BookingErrors.AGREEMENT_WRONG_STATE)
  end(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<AgreementView> {
    return this.agreements.end(actor, id, correlationId);
  }

  /** Schools' ratings and comments on a venue's group visits. */
  @Get('resources/:id/group-feedback')
  feedback(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<GroupFeedbackSummaryView> {
    return this.groupVisits.feedbackSummary(actor, id);
  }
}
