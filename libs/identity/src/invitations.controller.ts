import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, RateLimit, CorrelationId } from '@kepu/core';
import { AcceptInvitationDto } from './identity.dto';
import { IdentityErrors } from './identity-errors';
import { AccountView, InvitationView } from './identity.views';
import { InvitationsService } from './invitations.service';
import { Actor } from './policy/actor';
import { CurrentActor } from './policy/decorators';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Pending invitations the actor issued or may withdraw. */
  @Get()
  manageable(@CurrentActor() actor: Actor): Promise<InvitationView[]> {
    return this.invitations.manageable(actor);
  }

  /** Pending invitations to the signed-in account's login. */
  @Get('mine')
  mine(@CurrentActor() actor: Actor): Promise<InvitationView[]> {
    return this.invitations.mine(actor);
  }

  /** Accepts an invitation to the signed-in account's login: the account then holds the role. */
  @Post(':id/accept')
  @HttpCode(200)
  @RateLimit({ ip: 10, account: 5 })
  @ApiErrors(
    IdentityErrors.ACCOUNT_NOT_VERIFIED,
    IdentityErrors.CODE_INVALID,
    IdentityErrors.CODE_ATTEMPTS_EXCEEDED,
    IdentityErrors.ROLE_SCOPE_MISMATCH,
    CoreErrors.UNKNOWN_REGION,
    IdentityErrors.ROLE_ALREADY_GRANTED,
    IdentityErrors.INVITATION_EXPIRED,
  )
  accept(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: AcceptInvitationDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AccountView> {
    return this.invitations.accept(actor, id, body.code, correlationId);
  }

  /** Declines an invitation to the signed-in account's login. */
  @Post(':id/decline')
  @HttpCode(204)
  @ApiErrors(IdentityErrors.INVITATION_EXPIRED)
  async decline(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    await this.invitations.decline(actor, id, correlationId);
  }

  /** Withdraws a pending invitation. */
  @Delete(':id')
  @HttpCode(204)
  @ApiErrors(IdentityErrors.INVITATION_EXPIRED)
  async withdraw(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    await this.invitations.withdraw(actor, id, correlationId);
  }
}
