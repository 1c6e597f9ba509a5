import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { IdParam } from '@kepu/core';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountsService } from './accounts.service';
import { GrantRoleDto, LookupDto } from './dto';
import { Actor } from './policy/actor';
import { CorrelationId, CurrentActor } from './policy/decorators';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('lookup')
  lookup(@CurrentActor() actor: Actor, @Query() query: LookupDto) {
    return this.accounts.lookup(actor, query.login);
  }

  @Get(':id')
  view(@CurrentActor() actor: Actor, @IdParam('id') id: string) {
    return this.accounts.viewAs(actor, id);
  }

  @Post(':id/roles')
  grant(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: GrantRoleDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.accounts.grantRole(actor, id, body, correlationId);
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
}
