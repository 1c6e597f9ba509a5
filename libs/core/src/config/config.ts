import { IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { configProblem, composeConfig, ConfigSlice, ConfigOf, defineConfigSlice, WholeNumber } from './config-slice';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Base maps the web app can draw: 天地图 needs a key; AMap tiles are GCJ-02, so the app shifts points onto them. */
export const MAP_TILES = ['osm', 'tianditu', 'amap', 'none'] as const;
export type MapTiles = (typeof MAP_TILES)[number];

/**
 * Core's slice: the variables of the process as a whole (mode, port, data directory, logging,
 * Postgres, the personal-data key and how long personal data is kept, the web app's map). Each lib
 * with settings of its own declares its slice beside its code (docs/configuration.md).
 */
class CoreVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @WholeNumber(0, 65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  KEPU_DATA_DIR?: string;

  @WholeNumber(1, 3600)
  REQUEST_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @IsIn(['inline', 'off'], { message: 'must be "inline" or "off"' })
  KEPU_WORKER?: string;

  @IsOptional()
  @IsIn(['0', '1'], { message: 'must be 0 or 1' })
  KEPU_DEMO?: string;

  @IsOptional()
  @IsIn(['on', 'off'], { message: 'must be "on" or "off"' })
  RATE_LIMIT?: string;

  @IsOptional()
  @Matches(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'must be 32 bytes as 64 hex digits or base64' })
  PERSONAL_DATA_KEY?: string;

  /** Named for the bookings whose visitors' numbers it was first about; it governs every personal-data purge. */
  @WholeNumber(1, 1000)
  BOOKING_PERSONAL_DATA_DAYS?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @WholeNumber(1, 600)
  DATABASE_CONNECT_TIMEOUT_SECONDS?: number;

  @WholeNumber(1, 3600)
  DATABASE_STATEMENT_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  METRICS_TOKEN?: string;

  @WholeNumber(1, 64)
  FILE_PARSE_CONCURRENCY?: number;

  @IsOptional()
  @IsIn(MAP_TILES, { message: `must be one of ${MAP_TILES.join(', ')}` })
  MAP_TILES?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9]{8,64}$/, { message: 'must be the 天地图 browser key (letters and digits)' })
  MAP_TILES_KEY?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: string;
}

/** Core's typed, validated settings. Service URLs are filled in by the runtime when it launches embedded services. */
export interface KepuConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  /** A request still unanswered after this long gets 503: nothing waits on a stuck dependency forever. */
  requestTimeoutSeconds: number;
  dataDir: string;
  /** Whether the API process also runs the worker's scheduled jobs. */
  inlineWorker: boolean;
  /** Seed the demo accounts (and later demo data); when off, a database holding them is refused. */
  demo: boolean;
  /** Off only for load tests. */
  rateLimit: boolean;
  logLevel: LogLevel;
  /**
   * `key`: AES-256-GCM key for ID and phone numbers at rest (and, derived from it, their lookup
   * hashes); generated in embedded mode. `personalDataDays`: visitors' ID and phone numbers, and
   * everything that may carry them (outbox rows, deliveries), are erased this many days after use.
   */
  privacy: { key?: Buffer; personalDataDays: number };
  /** Uploaded sheets unpacked at once by one process; more wait briefly, then get 429. */
  files: { parseConcurrency: number };
  database: DatabaseSettings;
  /** `GET /metrics` answers only a bearer of this token; without one it is off. */
  metricsToken?: string;
  /** The web app's base map: tile provider and, for 天地图, its browser key (public by design). */
  map: { tiles: MapTiles; key?: string };
}

/** How Kepu reaches Postgres, and how long it waits for it. */
export interface DatabaseSettings {
  url?: string;
  /** For a connection: a new one, or a free one from the pool when all are busy. */
  connectTimeoutSeconds: number;
  /** Postgres cancels a statement that runs longer (statement_timeout). */
  statementTimeoutSeconds: number;
}

export const coreConfig = defineConfigSlice({
  key: 'core',
  variables: CoreVariables,
  read: (raw, { embedded, dataDir }): KepuConfig => {
    if (!embedded && !raw.PERSONAL_DATA_KEY) {
      configProblem('PERSONAL_DATA_KEY is required when DATABASE_URL and MEILI_URL are set');
    }
    if (raw.MAP_TILES === 'tianditu' && !raw.MAP_TILES_KEY) {
      configProblem('MAP_TILES_KEY is required when MAP_TILES is tianditu');
    }
    return {
      env: (raw.NODE_ENV as KepuConfig['env']) ?? 'development',
      port: raw.PORT ?? 3000,
      // Under docker/nginx.conf's proxy_read_timeout (30 s): the client gets Kepu's 503, not the proxy's 504.
      requestTimeoutSeconds: raw.REQUEST_TIMEOUT_SECONDS ?? 25,
      dataDir,
      // Embedded mode is the developer's machine: demo data and the worker inside the API unless told otherwise.
      inlineWorker: raw.KEPU_WORKER ? raw.KEPU_WORKER === 'inline' : embedded,
      demo: raw.KEPU_DEMO ? raw.KEPU_DEMO === '1' : embedded,
      rateLimit: raw.RATE_LIMIT !== 'off',
      logLevel: (raw.LOG_LEVEL as LogLevel) ?? 'info',
      privacy: {
        key: raw.PERSONAL_DATA_KEY ? parseKey(raw.PERSONAL_DATA_KEY) : undefined,
        personalDataDays: raw.BOOKING_PERSONAL_DATA_DAYS ?? 30,
      },
      files: { parseConcurrency: raw.FILE_PARSE_CONCURRENCY ?? 2 },
      database: {
        url: raw.DATABASE_URL,
        connectTimeoutSeconds: raw.DATABASE_CONNECT_TIMEOUT_SECONDS ?? 5,
        statementTimeoutSeconds: raw.DATABASE_STATEMENT_TIMEOUT_SECONDS ?? 30,
      },
      metricsToken: raw.METRICS_TOKEN,
      map: { tiles: (raw.MAP_TILES as MapTiles) ?? 'osm', key: raw.MAP_TILES_KEY },
    };
  },
});

/**
 * Reads and validates the environment: core's slice and the libs' `slices`, composed into one
 * object (`config.booking`, `config.search`…). Throws ConfigError whose message is one line naming
 * the offending variable, so a bad deployment fails at start with a clear reason.
 */
export function loadConfig<S extends readonly ConfigSlice[] = []>(
  env: NodeJS.ProcessEnv = process.env,
  slices: S = [] as unknown as S,
): KepuConfig & ConfigOf<S> {
  return composeConfig(coreConfig, slices, env);
}

/** A 32-byte key written as 64 hex digits or as base64. */
export function parseKey(text: string): Buffer {
  return Buffer.from(text, text.length === 64 ? 'hex' : 'base64');
}
