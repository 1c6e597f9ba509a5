import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, IdentityErrors, InvitationView, OrganisationMember } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { AddMemberDto, CreateOrganisationDto, ListOrganisationsDto, UpdateOrganisationDto } from './organisations.dto';
import { OrganisationsService } from './organisations.service';
import { OrganisationPage, OrganisationView } from './organisations.views';

/** What an organisation's identity may be refused for: codes that are invalid or taken, an unknown region. */
const IDENTITY_ERRORS = [
  RegisterErrors.INVALID_CREDIT_CODE,
  RegisterErrors.SCHOOL_CODE_NOT_A_SCHOOL,
  CoreErrors.UNKNOWN_REGION,
  RegisterErrors.CREDIT_CODE_TAKEN,
  RegisterErrors.SCHOOL_CODE_TAKEN,
];

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Registers an organisation, unverified; an applicant who is not an administrator becomes its operator. */
  @Post()
  @ApiErrors(...IDENTITY_ERRORS, IdentityErrors.ACCOUNT_NOT_VERIFIED)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOrganisationDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrganisationView> {
    return this.organisations.create(actor, body, correlationId);
  }

  /** Organisations in the administrator's regions, or the operator's own. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListOrganisationsDto): Promise<OrganisationPage> {
    return this.organisations.list(actor, query);
  }

  /** One organisation, for its members and the administrators of its region. */
  @Get(':id')
  view(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<OrganisationView> {
    return this.organisations.view(actor, id);
  }

  /** Edits an organisation; a new name, kind, code or region needs verifying again. */
  @Patch(':id')
  @ApiErrors(...IDENTITY_ERRORS)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: UpdateOrganisationDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, body, correlationId);
  }

  /** An administrator of its region vouches for the organisation as it is now, its name included. */
  @Post(':id/verify')
  verify(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<OrganisationView> {
    return this.organisations.verify(actor, id, correlationId);
  }

  /** The organisation's operators and teachers, phone numbers masked. */
  @Get(':id/members')
  members(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<OrganisationMember[]> {
    return this.organisations.members(actor, id);
  }

  /** Invitations to the organisation still waiting for an answer. */
  @Get(':id/invitations')
  invitations(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<InvitationView[]> {
    return this.organisations.pendingInvitations(actor, id);
  }

  /** Invites a login to be an operator or a school's teacher; DELETE /accounts/{id}/roles/{grantId} removes a member. */
  @Post(':id/members')
  @ApiCreatedResponse({ type: InvitationView, description: 'Invited' })
  @ApiErrors(
    RegisterErrors.NOT_A_VERIFIED_SCHOOL,
    RegisterErrors.NOT_A_VERIFIED_COMMUNITY,
    IdentityErrors.INVALID_LOGIN,
    IdentityErrors.ROLE_ALREADY_GRANTED,
    IdentityErrors.INVITATION_ALREADY_PENDING,
  )
  addMember(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: AddMemberDto,
    @CorrelationId() correlationId?: string,
  ): Promise<InvitationView> {
    return this.organisations.addMember(actor, id, body, correlationId);
  }
}
