import { parseKey } from '@kepu/core';
import type { AppConfig } from './app-config';
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './data-dir-lock';
import { EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from './meilisearch';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from './postgres';
import { loadOrCreateSecrets } from './secrets';

export interface RunningServices {
  /** The configuration with the service URLs filled in. */
  config: AppConfig;
  /** Which services this process launched (and so must stop). */
  launched: { postgres?: EmbeddedPostgresHandle; meilisearch?: EmbeddedMeilisearchHandle };
  stop(): Promise<void>;
}

/**
 * Embedded mode: launches Postgres and/or Meilisearch for whichever of DATABASE_URL / MEILI_URL is
 * not set. External mode (both set) launches nothing and returns the configuration unchanged.
 */
export async function startServices(config: AppConfig, options: { durable?: boolean } = {}): Promise<RunningServices> {
  const needPostgres = !config.database.url;
  const needMeilisearch = !config.search.url;
  if (!needPostgres && !needMeilisearch) {
    return { config, launched: {}, stop: async () => undefined };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = await lockDataDir(config.dataDir);
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const [pgResult, meiliResult] = await Promise.allSettled([
    needPostgres
      ? startEmbeddedPostgres({
          dataDir: config.dataDir,
          password: secrets.postgresPassword,
          durable: options.durable ?? true,
        })
      : undefined,
    needMeilisearch
      ? startEmbeddedMeilisearch({
          dataDir: config.dataDir,
          masterKey: secrets.meiliMasterKey,
          binary: config.search.binary,
        })
      : undefined,
  ]);
  const postgres = pgResult.status === 'fulfilled' ? pgResult.value : undefined;
  const meilisearch = meiliResult.status === 'fulfilled' ? meiliResult.value : undefined;
  const failure = [pgResult, meiliResult].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    // One may have started while the other failed; a half-started runtime must not linger.
    await Promise.all([postgres?.stop(), meilisearch?.stop()]);
    unlock();
    throw failure.reason;
  }
  return {
    config: {
      ...config,
      database: { ...config.database, url: postgres ? postgres.url('kepu') : config.database.url },
      search: {
        ...config.search,
        url: meilisearch ? meilisearch.url : config.search.url,
        masterKey: meilisearch ? secrets.meiliMasterKey : config.search.masterKey,
      },
      auth: { ...config.auth, jwtSecret: config.auth.jwtSecret ?? secrets.jwtSecret },
      privacy: { ...config.privacy, key: config.privacy.key ?? parseKey(secrets.personalDataKey) },
    },
    launched: { postgres, meilisearch },
    async stop() {
      await Promise.all([meilisearch?.stop(), postgres?.stop()]);
      unlock();
    },
  };
}
