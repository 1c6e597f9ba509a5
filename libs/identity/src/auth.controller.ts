import { Body, Controller, Delete, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, download, KEPU_CONFIG, KepuConfig, RateLimit, CorrelationId } from '@kepu/core';
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
} from './identity.dto';
import { IdentityErrors } from './identity-errors';
import { AccountView, CodeSent, OwnCodeSent, PrivacyPolicyView, SignedIn, TokenPair } from './identity.views';
import { Actor } from './policy/actor';
import { CurrentActor, Public } from './policy/decorators';
import { VerificationCodes } from './verification-codes.service';

/** The budgets of a route that names none: the throttler's defaults (identity.module.ts). */
const DEFAULT_BUDGETS = { ip: 60, account: 20 };

@ApiTags('auth')
@Controller('auth')
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
  @RateLimit({ ip: 10, account: 3 })
  @ApiErrors(IdentityErrors.INVALID_LOGIN, IdentityErrors.CODE_RESEND_TOO_SOON, IdentityErrors.CODE_DAILY_LIMIT)
  sendCode(@Body() body: SendCodeDto): Promise<CodeSent> {
    return this.codes.send(body.login);
  }

  /** Sends a code to the signed-in account's own login (shown masked to it), to prove it is really them. */
  @Post('me/codes')
  @ApiBearerAuth()
  @HttpCode(202)
  @RateLimit({ ip: 10, account: 3 })
  @ApiErrors(IdentityErrors.INVALID_LOGIN, IdentityErrors.CODE_RESEND_TOO_SOON, IdentityErrors.CODE_DAILY_LIMIT)
  sendOwnCode(@CurrentActor() actor: Actor): Promise<OwnCodeSent> {
    return this.auth.sendOwnCode(actor);
  }

  /** Creates a visitor account with a code sent to its login, and signs it in. */
  @Post('register')
  @Public()
  @RateLimit({ ip: 10, account: 3 })
  @ApiErrors(
    IdentityErrors.INVALID_LOGIN,
    IdentityErrors.PRIVACY_POLICY_NOT_ACCEPTED,
    IdentityErrors.WEAK_PASSWORD,
    IdentityErrors.CODE_INVALID,
    IdentityErrors.CODE_ATTEMPTS_EXCEEDED,
    IdentityErrors.LOGIN_TAKEN,
  )
  register(@Body() body: RegisterDto, @CorrelationId() correlationId?: string): Promise<SignedIn> {
    return this.auth.register(body, correlationId);
  }

  /** Signs in with a password or with a code sent to the login. */
  @Post('login')
  @Public()
  @HttpCode(200)
  @RateLimit({ ip: 20, account: 10 })
  @ApiErrors(
    IdentityErrors.INVALID_LOGIN,
    IdentityErrors.CREDENTIALS_REQUIRED,
    IdentityErrors.INVALID_CREDENTIALS,
    IdentityErrors.ACCOUNT_SUSPENDED,
    IdentityErrors.NO_ACCOUNT_FOR_LOGIN,
    IdentityErrors.SIGN_IN_BACKOFF,
    IdentityErrors.CODE_ATTEMPTS_EXCEEDED,
  )
  login(@Body() body: LoginDto, @Ip() ip: string, @CorrelationId() correlationId?: string): Promise<SignedIn> {
    return this.auth.login(body, ip, correlationId);
  }

  /** Exchanges a refresh token for a new pair; a token used twice ends its session. */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @RateLimit({ ip: 60, account: 20 })
  @ApiErrors(IdentityErrors.TOKEN_INVALID)
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  /** Ends the current session. */
  @Post('logout')
  @RateLimit(DEFAULT_BUDGETS)
  @ApiBearerAuth()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @CorrelationId() correlationId?: string): Promise<void> {
    await this.auth.logout(actor, correlationId);
  }

  /** The signed-in account. */
  @Get('me')
  @RateLimit(DEFAULT_BUDGETS)
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor): Promise<AccountView> {
    return this.accounts.view(actor.accountId);
  }

  /** Everything Kepu holds about the signed-in person, as one zip. */
  @Get('me/export')
  @ApiBearerAuth()
  @RateLimit({ ip: 10, account: 3 })
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: '`kepu-my-data.zip`: my-data.json with everything, and a CSV beside it for each table',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  async exportMine(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CorrelationId() correlationId?: string,
  ): Promise<Buffer> {
    download(reply, 'zip', 'kepu-my-data');
    return this.accountData.export(actor, correlationId);
  }

  /** Deletes the signed-in person's account after a fresh code or password. */
  @Delete('me')
  @ApiBearerAuth()
  @HttpCode(204)
  @RateLimit({ ip: 10, account: 5 })
  @ApiErrors(
    IdentityErrors.CREDENTIALS_REQUIRED,
    IdentityErrors.CURRENT_PASSWORD_WRONG,
    IdentityErrors.CODE_INVALID,
    IdentityErrors.CODE_ATTEMPTS_EXCEEDED,
    // Booking, which holds personal data, may refuse (PersonalDataHolder.assertErasable); identity
    // cannot import its catalogue, as booking imports identity.
    'GROUP_VISITS_OPEN',
  )
  async deleteMine(
    @CurrentActor() actor: Actor,
    @Body() body: ProofDto,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    await this.accountData.delete(actor, body, correlationId);
  }

  /** Proves an older account's login with a code sent to it. */
  @Post('verify')
  @ApiBearerAuth()
  @HttpCode(200)
  @RateLimit({ ip: 10, account: 5 })
  @ApiErrors(IdentityErrors.CODE_INVALID, IdentityErrors.CODE_ATTEMPTS_EXCEEDED)
  verify(
    @CurrentActor() actor: Actor,
    @Body() body: VerifyDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AccountView> {
    return this.auth.verify(actor, body.code, correlationId);
  }

  /** The policy in force, with the figures its page quotes from this deployment's configuration. */
  @Get('privacy-policy')
  @RateLimit(DEFAULT_BUDGETS)
  @Public()
  privacyPolicy(): PrivacyPolicyView {
    return { version: PRIVACY_POLICY_VERSION, personalDataDays: this.config.privacy.personalDataDays };
  }

  /** Records that the signed-in person accepted the privacy policy in force. */
  @Post('privacy')
  @RateLimit(DEFAULT_BUDGETS)
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiErrors(IdentityErrors.PRIVACY_POLICY_NOT_ACCEPTED)
  acceptPrivacy(
    @CurrentActor() actor: Actor,
    @Body() body: PrivacyAcceptanceDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AccountView> {
    return this.auth.acceptPrivacyPolicy(actor, body.version, correlationId);
  }

  /** Sets a new password, ending every other session of the account. */
  @Post('password')
  @ApiBearerAuth()
  @HttpCode(204)
  @RateLimit({ ip: 10, account: 5 })
  @ApiErrors(IdentityErrors.CURRENT_PASSWORD_WRONG, IdentityErrors.WEAK_PASSWORD)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @CorrelationId() correlationId?: string,
  ): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, correlationId);
  }
}
