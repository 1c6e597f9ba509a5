import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { IdParam } from '@kepu/core';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountsService } from './accounts.service';
import { GrantRoleDto, LookupDto, SuspendDto } from './dto';
import { InvitationsService } from './invitations.service';
import { Actor } from './policy/actor';
import { CorrelationId, CurrentActor } from './policy/decorators';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('lookup')
  lookup(@CurrentActor() actor: Actor, @Query() query: LookupDto) {
    return this.accounts.lookup(actor, query.login);
  }

  @Get('suspended')
  suspended(@CurrentActor() actor: Actor) {
    return this.accounts.suspended(actor);
  }

  @Get(':id')
  view(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.accounts.viewAs(actor, id);
  }

  /** Offers the account a role: it holds the role once it accepts, at its own login. */
  @Post(':id/roles')
  invite(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GrantRoleDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.invitations.inviteAccount(actor, id, body, correlationId);
  }

  @Delete(':id/roles/:grantId')
  @HttpCode(204)
  async revoke(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('grantId') grantId: string,
    @CorrelationId() correlationId?: string,
  ) {
    await this.accounts.revokeRole(actor, id, grantId, correlationId);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  suspend(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: SuspendDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.accounts.suspend(actor, id, body.reason, correlationId);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    return this.accounts.restore(actor, id, correlationId);
  }
}
