import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { RateLimitGuard } from '@kepu/core';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto, RegisterDto } from './dto';
import { Actor } from './policy/actor';
import { CorrelationId, CurrentActor, Public } from './policy/decorators';

const MINUTE = 60_000;

@ApiTags('auth')
@Controller('auth')
@UseGuards(RateLimitGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('register')
  @Public()
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 3, ttl: MINUTE } })
  register(@Body() body: RegisterDto, @CorrelationId() correlationId?: string) {
    return this.auth.register(body, correlationId);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @Throttle({ ip: { limit: 20, ttl: MINUTE }, account: { limit: 10, ttl: MINUTE } })
  login(@Body() body: LoginDto, @Ip() ip: string, @CorrelationId() correlationId?: string) {
    return this.auth.login(body, ip, correlationId);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @Throttle({ ip: { limit: 60, ttl: MINUTE }, account: { limit: 20, ttl: MINUTE } })
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @ApiBearerAuth()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @CorrelationId() correlationId?: string) {
    await this.auth.logout(actor, correlationId);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor) {
    return this.accounts.view(actor.accountId);
  }

  @Post('password')
  @ApiBearerAuth()
  @HttpCode(204)
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 5, ttl: MINUTE } })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @CorrelationId() correlationId?: string,
  ) {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, correlationId);
  }
}
