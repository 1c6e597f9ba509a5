import { Body, Controller, Delete, Get, HttpCode, Inject, Ip, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { download, KEPU_CONFIG, KepuConfig, RateLimitGuard } from '@kepu/core';
import { AccountDataService } from './account-data.service';
import { AccountsService, PRIVACY_POLICY_VERSION } from './accounts.service';
import { AuthService } from './auth.service';
import {
  ChangePasswordDto,
  LoginDto,
  PrivacyAcceptanceDto,
  ProofDto,
  RefreshDto,
  RegisterDto,
  SendCodeDto,
  VerifyDto,
} from './dto';
import { Actor } from './policy/actor';
import { CorrelationId, CurrentActor, Public } from './policy/decorators';
import { VerificationCodes } from './verification-codes.service';

const MINUTE = 60_000;

@ApiTags('auth')
@Controller('auth')
@UseGuards(RateLimitGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly codes: VerificationCodes,
    private readonly accountData: AccountDataService,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  /** Sends a one-time code to a login; the same answer whether or not an account has it. */
  @Post('codes')
  @Public()
  @HttpCode(202)
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 3, ttl: MINUTE } })
  sendCode(@Body() body: SendCodeDto) {
    return this.codes.send(body.login);
  }

  /** Sends a code to the signed-in account's own login (shown masked to it), to prove it is really them. */
  @Post('me/codes')
  @ApiBearerAuth()
  @HttpCode(202)
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 3, ttl: MINUTE } })
  sendOwnCode(@CurrentActor() actor: Actor) {
    return this.auth.sendOwnCode(actor);
  }

  @Post('register')
  @Public()
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 3, ttl: MINUTE } })
  register(@Body() body: RegisterDto, @CorrelationId() correlationId?: string) {
    return this.auth.register(body, correlationId);
  }

  /** With a password or with a code sent to the login. */
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

  /** Everything Kepu holds about the signed-in person, as one zip. */
  @Get('me/export')
  @ApiBearerAuth()
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 3, ttl: MINUTE } })
  async exportMine(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CorrelationId() correlationId?: string,
  ) {
    download(reply, 'zip', 'kepu-my-data');
    return this.accountData.export(actor, correlationId);
  }

  /** Deletes the signed-in person's account after a fresh code or password. */
  @Delete('me')
  @ApiBearerAuth()
  @HttpCode(204)
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 5, ttl: MINUTE } })
  async deleteMine(@CurrentActor() actor: Actor, @Body() body: ProofDto, @CorrelationId() correlationId?: string) {
    await this.accountData.delete(actor, body, correlationId);
  }

  /** Proves an older account's login with a code sent to it. */
  @Post('verify')
  @ApiBearerAuth()
  @HttpCode(200)
  @Throttle({ ip: { limit: 10, ttl: MINUTE }, account: { limit: 5, ttl: MINUTE } })
  verify(@CurrentActor() actor: Actor, @Body() body: VerifyDto, @CorrelationId() correlationId?: string) {
    return this.auth.verify(actor, body.code, correlationId);
  }

  /** The policy in force, with the figures its page quotes from this deployment's configuration. */
  @Get('privacy-policy')
  @Public()
  privacyPolicy() {
    return { version: PRIVACY_POLICY_VERSION, personalDataDays: this.config.booking.personalDataDays };
  }

  @Post('privacy')
  @ApiBearerAuth()
  @HttpCode(200)
  acceptPrivacy(
    @CurrentActor() actor: Actor,
    @Body() body: PrivacyAcceptanceDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.auth.acceptPrivacyPolicy(actor, body.version, correlationId);
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
