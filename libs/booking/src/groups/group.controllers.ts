import { Body, Controller, Get, HttpCode, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { download, IdempotencyKey, IdParam, pendingUpload, RateLimit } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import { AgreementsService } from './agreements.service';
import { GroupVisitsService } from './group-visits.service';
import {
  AgreementDto,
  AgreementListDto,
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
import { NameListService } from './name-list.service';

@ApiTags('group visits')
@ApiBearerAuth()
@Controller('group-visits')
export class GroupVisitsController {
  constructor(
    private readonly groupVisits: GroupVisitsService,
    private readonly nameLists: NameListService,
  ) {}

  /** A teacher of a verified school asks for a class visit; an Idempotency-Key makes a retry safe. */
  @Post()
  @RateLimit({ account: 10, ip: 60 })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 characters, unique per request' })
  async request(
    @CurrentActor() actor: Actor,
    @Body() body: GroupVisitRequestDto,
    @IdempotencyKey({ optional: true }) key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const response = await this.groupVisits.request(actor, body, key);
    reply.status(response.status);
    if (response.replayed) reply.header('Idempotent-Replayed', 'true');
    return response.body;
  }

  /** The inbox: undecided first. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: GroupVisitListDto) {
    return this.groupVisits.list(actor, query);
  }

  @Public()
  @Get('name-list-template')
  async template(@Query() query: NameListTemplateDto, @Res({ passthrough: true }) reply: FastifyReply) {
    download(reply, query.format, 'kepu-name-list');
    return this.nameLists.template(query.format);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.groupVisits.get(actor, id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  decide(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitDecisionDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.groupVisits.decide(actor, id, body, correlationId);
  }

  /** The school accepts or declines the venue's proposal. */
  @Post(':id/response')
  @HttpCode(200)
  respond(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitResponseDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.groupVisits.respond(actor, id, body, correlationId);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitCancelDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.groupVisits.cancel(actor, id, body, correlationId);
  }

  /** The school's teachers who could lead the visit: for those who may hand it over. */
  @Get(':id/colleagues')
  colleagues(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.groupVisits.colleagues(actor, id);
  }

  /**
   * A teacher of the school hands an open visit to a colleague (a verified, active teacher of the
   * same school), who leads it from then on; the former leader and the venue are told.
   */
  @Post(':id/hand-over')
  @HttpCode(200)
  handOver(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupVisitHandOverDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.groupVisits.handOver(actor, id, body, correlationId);
  }

  /** XLSX or CSV in the template's columns; `?dryRun=1` only reports. A list with errors is refused whole (422). */
  @Put(':id/name-list')
  @RateLimit({ account: 10, ip: 60 })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  uploadNameList(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: NameListQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ) {
    return this.nameLists.upload(actor, id, pendingUpload(request, 'nameList'), query.dryRun, correlationId);
  }

  @Get(':id/name-list')
  nameList(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.nameLists.view(actor, id);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  feedback(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GroupFeedbackDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.groupVisits.feedback(actor, id, body, correlationId);
  }
}

@ApiTags('group visits')
@ApiBearerAuth()
@Controller()
export class GroupAgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly groupVisits: GroupVisitsService,
  ) {}

  /** The venue offers a school a yearly cooperation agreement. */
  @Post('group-agreements')
  offer(@CurrentActor() actor: Actor, @Body() body: AgreementDto, @CorrelationId() correlationId?: string) {
    return this.agreements.offer(actor, body, correlationId);
  }

  @Get('group-agreements')
  list(@CurrentActor() actor: Actor, @Query() query: AgreementListDto) {
    return this.agreements.list(actor, query);
  }

  @Get('group-agreements/:id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.agreements.get(actor, id);
  }

  /** A teacher of the school signs it. */
  @Post('group-agreements/:id/sign')
  @HttpCode(200)
  sign(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.agreements.sign(actor, id, correlationId);
  }

  @Post('group-agreements/:id/end')
  @HttpCode(200)
  end(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.agreements.end(actor, id, correlationId);
  }

  /** Schools' ratings and comments on a venue's group visits. */
  @Get('resources/:id/group-feedback')
  feedback(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.groupVisits.feedbackSummary(actor, id);
  }
}
