import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig, PostgresThrottlerStorage } from '@kepu/core';
import { NotifyModule } from '@kepu/notify';
import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { AccountContacts } from './account-contacts';
import { AccountDataService } from './account-data.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AccountsStore } from './accounts.store';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { IDENTITY_ENTITIES } from './entities';
import { AuthSettings, identityConfig } from './identity.config';
import { IdentityPolicies } from './identity.policies';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { InvitationsStore } from './invitations.store';
import { LoginAttemptsStore } from './login-attempts.store';
import { parseLogin } from './login';
import { AuthGuard } from './policy/auth.guard';
import { PolicyService } from './policy/policy.service';
import { RoleHolders } from './role-holders';
import { SignInRecordsPurgeJob } from './sign-in-records-purge.job';
import { SessionCache } from './session-cache';
import { SessionsStore } from './sessions.store';
import { TokensService } from './tokens.service';
import { VerificationCodes } from './verification-codes.service';
import { VerificationCodesStore } from './verification-codes.store';

/**
 * Per-account throttling key: the login being used (with the caller's address, so a stranger's
 * requests never hold back the owner's), else the refresh token's hash, else the caller.
 */
interface ThrottledRequest {
  ip?: string;
  body?: { login?: unknown; refreshToken?: unknown };
  actor?: { accountId: string };
}

function accountTracker(req: ThrottledRequest): string {
  const body = req.body ?? {};
  if (typeof body.login === 'string') {
    const login = parseLogin(body.login);
    return login ? `login:${login.value}:${req.ip}` : `ip:${req.ip}`;
  }
  if (typeof body.refreshToken === 'string') {
    return `refresh:${createHash('sha256').update(body.refreshToken).digest('hex')}`;
  }
  return req.actor?.accountId ? `account:${req.actor.accountId}` : `ip:${req.ip}`;
}

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    NotifyModule,
    JwtModule.registerAsync({
      inject: [identityConfig.token],
      useFactory: (auth: AuthSettings) => {
        if (!auth.jwtSecret) throw new Error('JWT_SECRET is not set');
        // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse the secret as a
        // public key on every verification, which cost 8% of the CPU of a booking request.
        const secret = createSecretKey(Buffer.from(auth.jwtSecret)) as unknown as string;
        return { secret, signOptions: { algorithm: 'HS256' } };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [KEPU_CONFIG, DataSource],
      useFactory: (config: KepuConfig, dataSource: DataSource) => ({
        // RATE_LIMIT=off is for load tests only.
        skipIf: () => !config.rateLimit,
        // Shared by every API process: two replicas do not double a caller's budget.
        storage: new PostgresThrottlerStorage(dataSource),
        throttlers: [
          { name: 'ip', ttl: 60_000, limit: 60, getTracker: (req: ThrottledRequest) => `ip:${req.ip}` },
          { name: 'account', ttl: 60_000, limit: 20, getTracker: accountTracker },
        ],
      }),
    }),
  ],
  controllers: [AuthController, AccountsController, InvitationsController],
  providers: [
    AccountsStore,
    SessionsStore,
    LoginAttemptsStore,
    VerificationCodesStore,
    InvitationsStore,
    PolicyService,
    IdentityPolicies,
    TokensService,
    SessionCache,
    AccountsService,
    AuthService,
    VerificationCodes,
    InvitationsService,
    AccountDataService,
    SignInRecordsPurgeJob,
    AccountContacts,
    RoleHolders,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PolicyService, AccountsService, VerificationCodes, InvitationsService, AccountContacts, RoleHolders],
})
export class IdentityModule {}
