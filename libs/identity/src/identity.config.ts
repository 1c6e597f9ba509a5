import { configProblem, defineConfigSlice, WholeNumber } from '@kepu/core';
import { IsOptional, IsString, MinLength } from 'class-validator';

class IdentityVariables {
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @WholeNumber(0, 300)
  SESSION_CACHE_SECONDS?: number;
}

/**
 * `jwtSecret` signs access tokens; generated and kept in the data directory in embedded mode. A
 * session read is kept in memory for `sessionCacheSeconds` at most (0: read on every request), and
 * dropped at once when Postgres says it changed (docs/identity.md, "Sessions").
 */
export interface AuthSettings {
  jwtSecret?: string;
  sessionCacheSeconds: number;
}

/** Identity's configuration slice, at `config.auth` (docs/configuration.md). */
export const identityConfig = defineConfigSlice({
  key: 'auth',
  variables: IdentityVariables,
  read: (raw, { embedded }): AuthSettings => {
    if (!embedded && !raw.JWT_SECRET) configProblem('JWT_SECRET is required when DATABASE_URL and MEILI_URL are set');
    return { jwtSecret: raw.JWT_SECRET, sessionCacheSeconds: raw.SESSION_CACHE_SECONDS ?? 30 };
  },
});
