import { Body, Controller, Delete, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { IdParam, RateLimitGuard } from '@kepu/core';
import { AcceptInvitationDto } from './dto';
import { InvitationsService } from './invitations.service';
import { Actor } from './policy/actor';
import { CorrelationId, CurrentActor } from './policy/decorators';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Pending invitations the actor issued or may withdraw. */
  @Get()
  manageable(@CurrentActor() actor: Actor) {
    return this.invitations.manageable(actor);
  }

  /** Pending invitations to the signed-in account's login. */
  @Get('mine')
  mine(@CurrentActor() actor: Actor) {
    return this.invitations.mine(actor);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @Throttle({ ip: { limit: 10, ttl: 60_000 }, account: { limit: 5, ttl: 60_000 } })
  accept(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: AcceptInvitationDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.invitations.accept(actor, id, body.code, correlationId);
  }

  @Post(':id/decline')
  @HttpCode(204)
  async decline(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    await this.invitations.decline(actor, id, correlationId);
  }

  /** Withdraws a pending invitation. */
  @Delete(':id')
  @HttpCode(204)
  async withdraw(@CurrentActor() actor: Actor, @IdParam('id') id: string, @CorrelationId() correlationId?: string) {
    await this.invitations.withdraw(actor, id, correlationId);
  }
}
