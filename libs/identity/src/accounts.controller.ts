import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiErrors, CoreErrors, IdParam, CorrelationId } from '@kepu/core';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountsService } from './accounts.service';
import { GrantRoleDto, LookupDto, SuspendDto } from './identity.dto';
import { IdentityErrors } from './identity-errors';
import { AccountView, InvitationView } from './identity.views';
import { InvitationsService } from './invitations.service';
import { Actor } from './policy/actor';
import { CurrentActor } from './policy/decorators';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
  ) {}

  /** Finds an account by its login, as an administrator may see it. */
  @Get('lookup')
  @ApiErrors(IdentityErrors.INVALID_LOGIN, CoreErrors.NOT_FOUND)
  lookup(@CurrentActor() actor: Actor, @Query() query: LookupDto): Promise<AccountView> {
    return this.accounts.lookup(actor, query.login);
  }

  /** Suspended accounts the actor may restore, newest first. */
  @Get('suspended')
  suspended(@CurrentActor() actor: Actor): Promise<AccountView[]> {
    return this.accounts.suspended(actor);
  }

  /** An account as the actor may see it: an administrator sees only the grants inside their regions. */
  @Get(':id')
  view(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<AccountView> {
    return this.accounts.viewAs(actor, id);
  }

  /** Offers the account a role: it holds the role once it accepts, at its own login. */
  @Post(':id/roles')
  @ApiErrors(
    IdentityErrors.ROLE_SCOPE_MISMATCH,
    CoreErrors.UNKNOWN_REGION,
    IdentityErrors.ROLE_ALREADY_GRANTED,
    IdentityErrors.INVITATION_ALREADY_PENDING,
  )
  invite(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GrantRoleDto,
    @CorrelationId() correlationId?: string,
  ): Promise<InvitationView> {
    return this.invitations.inviteAccount(actor, id, body, correlationId);
  }

  /** Takes a role back from the account. */
  @Delete(':id/roles/:grantId')
  @HttpCode(204)
  async revoke(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('grantId') grantId: string,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    await this.accounts.revokeRole(actor, id, grantId, correlationId);
  }

  /** Suspends the account: it cannot sign in, and its sessions end at once. */
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiErrors(IdentityErrors.CANNOT_SUSPEND_SELF)
  suspend(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: SuspendDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AccountView> {
    return this.accounts.suspend(actor, id, body.reason, correlationId);
  }

  /** Lifts the account's suspension. */
  @Post(':id/restore')
  @HttpCode(200)
  restore(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<AccountView> {
    return this.accounts.restore(actor, id, correlationId);
  }
}
