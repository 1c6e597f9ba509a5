import { Body, Controller, Get, HttpCode, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiErrors,
  CoreErrors,
  download,
  SHEET_UPLOAD_ERRORS,
  ApiFileAnswer,
  IdempotencyErrors,
  IdempotencyKey,
  IdParam,
  pendingUpload,
  RateLimit,
  CorrelationId,
} from '@kepu/core';
import { Actor, CurrentActor, IdentityErrors, Public } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { GroupVisitsService } from './group-visits.service';
import {
  GroupFeedbackDto,
  GroupVisitCancelDto,
  GroupVisitDecisionDto,
  GroupVisitHandOverDto,
  GroupVisitListDto,
  GroupVisitRequestDto,
  GroupVisitResponseDto,
  NameListQueryDto,
  NameListTemplateDto,
} from './group-visits.dto';
import { Colleague, GroupVisitPage, GroupVisitView, NameListReport, NameListView } from './group.views';
import { NameListService } from './name-list.service';

@ApiTags('group visits')
@ApiBearerAuth()
@Controller('group-visits')
export class GroupVisitsController {
  constructor(
    private readonly groupVisits: GroupVisitsService,
    private readonly nameLists: NameListService,
  ) {}

  /**
   * A teacher of a verified school asks a venue to take a class in one of up to three slots.
   * @remarks An Idempotency-Key makes a retry safe: the same key with the same body replays the
   * first answer, with the header `Idempotent-Replayed: true`.
   */
  @Post()
  @RateLimit({ account: 10, ip: 60 })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Unique per request (a UUID, say): 8–128 letters, digits or `- _ . :`. Kept for 24 hours; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED).',
    schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
  })
  @ApiCreatedResponse({
    type: GroupVisitView,
    description: 'Requested',
    headers: {
      'Idempotent-Replayed': {
        description: '`true` when this is the stored answer to an earlier request with the same key',
        schema: { type: 'string', enum: ['true'] },
      },
    },
  })
  @ApiErrors(
    IdempotencyErrors.IDEMPOTENCY_KEY_INVALID,
    IdempotencyErrors.IDEMPOTENCY_KEY_REUSED,
    IdempotencyErrors.IDEMPOTENCY_IN_FLIGHT,
    IdentityErrors.ACCOUNT_NOT_VERIFIED,
    CoreErrors.NOT_FOUND,
    BookingErrors.SCHOOL_NOT_VERIFIED,
    BookingErrors.SCHOOL_REQUIRED,
    BookingErrors.OFFERING_TAKES_NO_GROUPS,
    BookingErrors.GROUP_TOO_SMALL,
    BookingErrors.GROUP_TOO_LARGE,
    BookingErrors.TEACHER_RATIO_NOT_MET,
    BookingErrors.SLOT_NOT_IN_OFFERING,
    BookingErrors.SLOT_CANCELLED,
    BookingErrors.NO_GROUP_QUOTA,
    BookingErrors.GROUP_TOO_LATE,
    BookingErrors.GROUP_TOO_EARLY,
  )
  async request(
    @CurrentActor() actor: Actor,
    @Body() body: GroupVisitRequestDto,
    @IdempotencyKey({ optional: true }) key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GroupVisitView> {
    const response = await this.groupVisits.request(actor, body, key);
    reply.status(response.status);
    if (response.replayed) reply.header('Idempotent-Replayed', 'true');
    return response.body;
  }

  /** The group visits the caller may see, undecided ones first (soonest to lapse first), then by visit day. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: GroupVisitListDto): Promise<GroupVisitPage> {
    return this.groupVisits.list(actor, query);
  }

  /** The name list template (XLSX with a guide sheet, or CSV) to fill in and upload. */
  @Public()
  @Get('name-list-template')
  @ApiFileAnswer('The file to save (`kepu-name-list.xlsx` or `.csv`)', ['xlsx', 'csv'])
  async template(
    @Query() query: NameListTemplateDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    download(reply, query.format, 'kepu-name-list');
    return this.nameLists.template(query.format);
  }

  /** One group visit, for its school, its venue or the region's administrators. */
  @Get(':id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<GroupVisitView> {
    return this.groupVisits.get(actor, id);
  }

  /** The venue approves a request into a preferred slot, rejects it with a reason, or proposes another slot. */
  @Post(':id/decision')
  @HttpCode(200)
  @ApiErrors(
    CoreErrors.REASON_REQUIRED,
    BookingErrors.GROUP_VISIT_WRONG_STATE,
    BookingErrors.SLOT_REQUIRED,
    BookingErrors.SLOT_NOT_IN_OFFERING,
    BookingErrors.SLOT_NOT_PREFERRED,
    BookingErrors.SLOT_CANCELLED,
    BookingErrors.SLOT_PASSED,
    BookingErrors.NO_GROUP_QUOTA,
    BookingErrors.GROUP_DAY_FULL,
    BookingErrors.GROUP_QUOTA_FULL,
  )
  decide(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitDecisionDto,
    @CorrelationId() correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.groupVisits.decide(actor, id, body, correlationId);
  }

  /** The school accepts or declines the venue's proposal. */
  @Post(':id/response')
  @HttpCode(200)
  @ApiErrors(BookingErrors.GROUP_VISIT_WRONG_STATE)
  respond(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitResponseDto,
    @CorrelationId() correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.groupVisits.respond(actor, id, body, correlationId);
  }

  /** Either side calls a visit off: the school until its slot starts, the venue until it ends. */
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiErrors(BookingErrors.GROUP_VISIT_WRONG_STATE, BookingErrors.SLOT_PASSED)
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitCancelDto,
    @CorrelationId() correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.groupVisits.cancel(actor, id, body, correlationId);
  }

  /** The school's teachers who could lead the visit, for those who may hand it over. */
  @Get(':id/colleagues')
  colleagues(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<Colleague[]> {
    return this.groupVisits.colleagues(actor, id);
  }

  /**
   * A teacher of the school hands an open visit to a colleague, who leads it from then on.
   * @remarks The colleague is a verified, active teacher of the same school; the former leader and
   * the venue are told.
   */
  @Post(':id/hand-over')
  @HttpCode(200)
  @ApiErrors(
    BookingErrors.GROUP_VISIT_WRONG_STATE,
    BookingErrors.SLOT_PASSED,
    BookingErrors.ALREADY_LEADS,
    BookingErrors.LEADER_NOT_ELIGIBLE,
  )
  handOver(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitHandOverDto,
    @CorrelationId() correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.groupVisits.handOver(actor, id, body, correlationId);
  }

  /**
   * Uploads the group's name list (XLSX or CSV in the template's columns), replacing the previous one.
   * @remarks `?dryRun=1` only checks and reports. A list with any error is refused whole
   * (NAME_LIST_INVALID, 422, with the report by row in its details).
   */
  @Put(':id/name-list')
  @RateLimit({ account: 10, ip: 60 })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: NameListReport, description: 'The list was saved, or (dryRun) would be' })
  @ApiErrors(
    BookingErrors.GROUP_VISIT_WRONG_STATE,
    BookingErrors.NAME_LIST_CLOSED,
    BookingErrors.NAME_LIST_INVALID,
    BookingErrors.GROUP_QUOTA_FULL,
    ...SHEET_UPLOAD_ERRORS,
  )
  uploadNameList(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: NameListQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ): Promise<NameListReport> {
    return this.nameLists.upload(actor, id, pendingUpload(request, 'nameList'), query.dryRun, correlationId);
  }

  /** The group's name list, ID numbers masked. */
  @Get(':id/name-list')
  nameList(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<NameListView> {
    return this.nameLists.view(actor, id);
  }

  /** After the visit its teacher rates it once (1 to 5, with an optional comment). */
  @Post(':id/feedback')
  @HttpCode(200)
  @ApiErrors(BookingErrors.FEEDBACK_NOT_YET, BookingErrors.FEEDBACK_ALREADY_GIVEN)
  feedback(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupFeedbackDto,
    @CorrelationId() correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.groupVisits.feedback(actor, id, body, correlationId);
  }
}
