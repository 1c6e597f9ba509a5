import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor } from '@kepu/identity';
import { AddMemberDto, CreateOrganisationDto, ListOrganisationsDto, UpdateOrganisationDto } from './organisations.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto, @CorrelationId() correlationId?: string) {
    return this.organisations.create(actor, body, correlationId);
  }

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListOrganisationsDto) {
    return this.organisations.list(actor, query);
  }

  @Get(':id')
  view(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.organisations.view(actor, id);
  }

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: UpdateOrganisationDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.organisations.update(actor, id, body, correlationId);
  }

  @Post(':id/verify')
  verify(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.organisations.verify(actor, id, correlationId);
  }

  @Get(':id/members')
  members(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.organisations.members(actor, id);
  }

  @Get(':id/invitations')
  invitations(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.organisations.pendingInvitations(actor, id);
  }

  /** Invites a login to be a member; removing a member: DELETE /accounts/:accountId/roles/:grantId. */
  @Post(':id/members')
  addMember(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: AddMemberDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.organisations.addMember(actor, id, body, correlationId);
  }
}
