import { applyDecorators, Injectable, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { AppError } from '../errors/app-error';
import { ApiRateLimit } from '../http/openapi';
import { CoreErrors } from '../errors/core-errors';

/** The named budgets every rate-limited route spends from (configured where the throttler module is set up). */
const RATE_LIMIT_BUDGETS = ['ip', 'account'] as const;
type Budget = (typeof RATE_LIMIT_BUDGETS)[number];

/** Throttling whose refusal is the one error shape, with the standard Retry-After header. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: unknown, limit: ThrottlerLimitDetail): Promise<void> {
    throw new AppError(CoreErrors.TOO_MANY_REQUESTS, { retryAfterSeconds: Math.max(1, limit.timeToBlockExpire) });
  }
}

/**
 * Requests a minute this route allows per caller's address (`ip`) and per signed-in account
 * (`account`; an anonymous caller counts by address). A budget left out does not apply.
 */
export const RateLimit = (perMinute: Partial<Record<Budget, number>>) =>
  applyDecorators(
    UseGuards(RateLimitGuard),
    Throttle(Object.fromEntries(Object.entries(perMinute).map(([budget, limit]) => [budget, { limit, ttl: 60_000 }]))),
    SkipThrottle(Object.fromEntries(RATE_LIMIT_BUDGETS.filter((b) => !(b in perMinute)).map((b) => [b, true]))),
    ApiRateLimit(perMinute),
  );
