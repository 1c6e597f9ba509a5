import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { resolve } from 'node:path';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Base maps the web app can draw: 天地图 needs a key; AMap tiles are GCJ-02, so the app shifts points onto them. */
export const MAP_TILES = ['osm', 'tianditu', 'amap', 'none'] as const;
export type MapTiles = (typeof MAP_TILES)[number];

/** Where text messages go: the log (development), or a contracted gateway sending approved templates. */
const SMS_SENDERS = ['log', 'aliyun', 'tencent'] as const;

/** `booking.confirmed=SMS_456`: a notification kind and the id of the provider's approved template for it. */
const SMS_TEMPLATE_PAIR = '[a-z][a-z_]*(?:\\.[a-z_]+)+=[A-Za-z0-9_-]+';

/** The variables each gateway cannot send without; `SMS_TEMPLATES` must also name the `auth.code` template. */
const SMS_REQUIRED = {
  aliyun: ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET'],
  tencent: ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SDK_APP_ID'],
} as const;

const toNumber = (value: unknown) => (value === undefined || value === '' ? undefined : Number(value));

/** An optional whole number within a range, with the one message a deployer reads. */
function WholeNumber(min: number, max: number): PropertyDecorator {
  const message = `must be a whole number from ${min} to ${max}`;
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => toNumber(value)),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/**
 * The open-data licence and where its text is: given, or for a Creative Commons name such as
 * `CC BY 4.0` or `CC BY-SA 4.0` the Creative Commons deed (docs/open-data.md).
 */
function openDataLicence(name = 'CC BY 4.0', url?: string): KepuConfig['openData'] {
  const cc = /^CC (BY(?:-(?:NC|SA|ND|NC-SA|NC-ND))?) (\d\.\d)$/i.exec(name.trim());
  const deed = cc && `https://creativecommons.org/licenses/${cc[1].toLowerCase()}/${cc[2]}/`;
  return { licence: name.trim(), licenceUrl: url ?? deed ?? null };
}

/** The environment variables Kepu reads, as they arrive (strings), with their rules. */
class EnvironmentVariables {
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
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @WholeNumber(0, 300)
  SESSION_CACHE_SECONDS?: number;

  @IsOptional()
  @Matches(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'must be 32 bytes as 64 hex digits or base64' })
  PERSONAL_DATA_KEY?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @WholeNumber(1, 600)
  DATABASE_CONNECT_TIMEOUT_SECONDS?: number;

  @WholeNumber(1, 3600)
  DATABASE_STATEMENT_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be an http(s) URL' },
  )
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  MEILI_MASTER_KEY?: string;

  @IsOptional()
  @IsString()
  MEILI_BINARY?: string;

  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'may hold only a-z, 0-9 and _' })
  MEILI_INDEX_PREFIX?: string;

  @WholeNumber(0, 4096)
  SEARCH_CACHE_MB?: number;

  @WholeNumber(100, 60_000)
  SEARCH_TIMEOUT_MS?: number;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  METRICS_TOKEN?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be an http(s) URL' },
  )
  MEDIA_S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
  MEDIA_S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be a region name such as us-east-1' })
  MEDIA_S3_REGION?: string;

  @IsOptional()
  @IsString()
  MEDIA_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  MEDIA_S3_SECRET_ACCESS_KEY?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional()
  @IsIn(SMS_SENDERS, { message: `must be one of ${SMS_SENDERS.join(', ')}` })
  SMS_SENDER?: string;

  @IsOptional()
  @IsString()
  @MinLength(2)
  SMS_SIGN_NAME?: string;

  @IsOptional()
  @Matches(new RegExp(`^${SMS_TEMPLATE_PAIR}(?:,${SMS_TEMPLATE_PAIR})*$`), {
    message: 'must be kind=templateId pairs separated by commas, e.g. auth.code=SMS_123,booking.confirmed=SMS_456',
  })
  SMS_TEMPLATES?: string;

  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_SECRET?: string;

  @IsOptional()
  @IsString()
  SMS_SECRET_ID?: string;

  @IsOptional()
  @IsString()
  SMS_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be the SMS application id (digits), e.g. 1400006666' })
  SMS_SDK_APP_ID?: string;

  @IsOptional()
  @Matches(/^[a-z]+-[a-z]+(?:-\d+)?$/, { message: 'must be a region name such as ap-guangzhou' })
  SMS_REGION?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be an http(s) URL' },
  )
  SMS_ENDPOINT?: string;

  @WholeNumber(1, 60)
  SMS_TIMEOUT_SECONDS?: number;

  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_LIMIT?: number;

  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_WINDOW_DAYS?: number;

  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_BAN_DAYS?: number;

  @WholeNumber(1, 1000)
  BOOKING_PERSONAL_DATA_DAYS?: number;

  @WholeNumber(0, 1000)
  BOOKING_CHECK_IN_EARLY_MINUTES?: number;

  @WholeNumber(1, 1000)
  BOOKING_MAX_ACTIVE?: number;

  @WholeNumber(1, 1000)
  BOOKING_MAX_CANCELLATIONS_PER_DAY?: number;

  @WholeNumber(1, 60)
  OUTREACH_ESCALATE_AFTER_DAYS?: number;

  @WholeNumber(2, 120)
  REGISTER_RECONFIRM_MONTHS?: number;

  @WholeNumber(2, 240)
  REGISTER_HIDE_AFTER_MONTHS?: number;

  @IsOptional()
  @Matches(/^[^\r\n<>"]{1,100}$/, { message: 'must be a licence name of 1–100 characters, e.g. CC BY 4.0' })
  OPEN_DATA_LICENCE?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  OPEN_DATA_LICENCE_URL?: string;

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

/** Typed, validated settings. Service URLs are filled in by the runtime when it launches embedded services. */
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
  /**
   * Signs access tokens; generated and kept in the data directory in embedded mode. A session read
   * is kept in memory for `sessionCacheSeconds` at most (0: read on every request), and dropped at
   * once when Postgres says it changed (docs/identity.md, "Sessions").
   */
  auth: { jwtSecret?: string; sessionCacheSeconds: number };
  logLevel: LogLevel;
  /** AES-256-GCM key for ID and phone numbers at rest (and, derived from it, their lookup hashes); generated in embedded mode. */
  privacy: { key?: Buffer };
  booking: BookingSettings;
  /** An order nobody took for this many days goes to the district's administrators; for twice as long, to the city's. */
  outreach: { escalateAfterDays: number };
  /** Published resources are re-confirmed every `reconfirmMonths`; unconfirmed for `hideAfterMonths`, they leave search (docs/register.md). */
  register: { reconfirmMonths: number; hideAfterMonths: number };
  /** The licence the open-data files are published under (docs/open-data.md). */
  openData: { licence: string; licenceUrl: string | null };
  /** Uploaded sheets unpacked at once by one process; more wait briefly, then get 429. */
  files: { parseConcurrency: number };
  notify: { smtpUrl?: string; mailFrom: string; sms: SmsSettings };
  database: DatabaseSettings;
  /**
   * Meilisearch, and how search waits for it: `cacheMb` bounds the popular-query cache (0: off),
   * `timeoutMs` one search call (docs/search.md).
   */
  search: {
    url?: string;
    masterKey?: string;
    binary?: string;
    indexPrefix: string;
    cacheMb: number;
    timeoutMs: number;
  };
  /** `GET /metrics` answers only a bearer of this token; without one it is off. */
  metricsToken?: string;
  /** The web app's base map: tile provider and, for 天地图, its browser key (public by design). */
  map: { tiles: MapTiles; key?: string };
  /** Photos and evidence files: a directory (embedded mode), or S3-compatible storage when configured. */
  media: { dir: string; s3?: S3Settings };
}

/** How Kepu reaches Postgres, and how long it waits for it. */
export interface DatabaseSettings {
  url?: string;
  /** For a connection: a new one, or a free one from the pool when all are busy. */
  connectTimeoutSeconds: number;
  /** Postgres cancels a statement that runs longer (statement_timeout). */
  statementTimeoutSeconds: number;
}

/** The booking rules of docs/booking-rules.md, each overridable for a deployment. */
export interface BookingSettings {
  /** No-shows within `noShowWindowDays` that block new bookings for `noShowBanDays`. */
  noShowLimit: number;
  noShowWindowDays: number;
  noShowBanDays: number;
  /** Visitors' ID and phone numbers are erased this many days after the visit. */
  personalDataDays: number;
  /** Check-in opens this many minutes before a slot starts (and closes when it ends). */
  checkInEarlyMinutes: number;
  /** Against hoarding: confirmed or waitlisted bookings whose slot has not ended, per account. */
  maxActiveBookings: number;
  /** Against scalpers releasing and re-taking places: a visitor's own cancellations per day. */
  maxCancellationsPerDay: number;
}

/** The SMS sender and, for a gateway, what it sends with. */
export type SmsSettings =
  | { sender: 'log' }
  | (SmsGatewaySettings & { sender: 'aliyun'; accessKeyId: string; accessKeySecret: string })
  | (SmsGatewaySettings & {
      sender: 'tencent';
      secretId: string;
      secretKey: string;
      sdkAppId: string;
      region: string;
    });

/** What both gateways need: they send only templates approved for the sign name. */
export interface SmsGatewaySettings {
  signName: string;
  /** Template id per notification kind; a kind without one is not texted. */
  templates: Record<string, string>;
  /** The provider's API elsewhere than its public endpoint (tests point it at a local fake). */
  endpoint?: string;
  /** For one request: connecting and waiting for the answer. */
  timeoutSeconds: number;
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the environment. Throws ConfigError whose message is one line naming the
 * offending variable, so a bad deployment fails at start with a clear reason.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): KepuConfig {
  const raw = plainToInstance(EnvironmentVariables, pickKnown(env));
  const [first] = validateSync(raw, { forbidUnknownValues: false });
  if (first) {
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const text = reason.startsWith(first.property) ? reason.slice(first.property.length).trim() : reason;
    throw new ConfigError(
      `Invalid configuration: ${first.property} ${text} (got ${JSON.stringify(env[first.property])})`,
    );
  }
  if (raw.MEILI_URL && !raw.MEILI_MASTER_KEY) {
    throw new ConfigError('Invalid configuration: MEILI_MASTER_KEY is required when MEILI_URL is set');
  }
  // Embedded mode is the developer's machine: demo data and the worker inside the API unless told otherwise.
  const embedded = !raw.DATABASE_URL || !raw.MEILI_URL;
  const missingSecret = ['JWT_SECRET', 'PERSONAL_DATA_KEY'].find((key) => !raw[key as keyof EnvironmentVariables]);
  if (!embedded && missingSecret) {
    throw new ConfigError(
      `Invalid configuration: ${missingSecret} is required when DATABASE_URL and MEILI_URL are set`,
    );
  }
  const s3Incomplete = ['MEDIA_S3_BUCKET', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'].find(
    (key) => !raw[key as keyof EnvironmentVariables],
  );
  if (raw.MEDIA_S3_ENDPOINT && s3Incomplete) {
    throw new ConfigError(`Invalid configuration: ${s3Incomplete} is required when MEDIA_S3_ENDPOINT is set`);
  }
  if (raw.MAP_TILES === 'tianditu' && !raw.MAP_TILES_KEY) {
    throw new ConfigError('Invalid configuration: MAP_TILES_KEY is required when MAP_TILES is tianditu');
  }
  const sms = smsSettings(raw);
  const reconfirmMonths = raw.REGISTER_RECONFIRM_MONTHS ?? 12;
  const hideAfterMonths = raw.REGISTER_HIDE_AFTER_MONTHS ?? 15;
  if (hideAfterMonths <= reconfirmMonths) {
    throw new ConfigError(
      `Invalid configuration: REGISTER_HIDE_AFTER_MONTHS (${hideAfterMonths}) must be more than REGISTER_RECONFIRM_MONTHS (${reconfirmMonths})`,
    );
  }
  const dataDir = resolve(raw.KEPU_DATA_DIR ?? '.data');
  return {
    env: (raw.NODE_ENV as KepuConfig['env']) ?? 'development',
    port: raw.PORT ?? 3000,
    // Under docker/nginx.conf's proxy_read_timeout (30 s): the client gets Kepu's 503, not the proxy's 504.
    requestTimeoutSeconds: raw.REQUEST_TIMEOUT_SECONDS ?? 25,
    dataDir,
    inlineWorker: raw.KEPU_WORKER ? raw.KEPU_WORKER === 'inline' : embedded,
    demo: raw.KEPU_DEMO ? raw.KEPU_DEMO === '1' : embedded,
    rateLimit: raw.RATE_LIMIT !== 'off',
    auth: { jwtSecret: raw.JWT_SECRET, sessionCacheSeconds: raw.SESSION_CACHE_SECONDS ?? 30 },
    logLevel: (raw.LOG_LEVEL as LogLevel) ?? 'info',
    privacy: { key: raw.PERSONAL_DATA_KEY ? parseKey(raw.PERSONAL_DATA_KEY) : undefined },
    booking: {
      noShowLimit: raw.BOOKING_NO_SHOW_LIMIT ?? 3,
      noShowWindowDays: raw.BOOKING_NO_SHOW_WINDOW_DAYS ?? 180,
      noShowBanDays: raw.BOOKING_NO_SHOW_BAN_DAYS ?? 30,
      personalDataDays: raw.BOOKING_PERSONAL_DATA_DAYS ?? 30,
      checkInEarlyMinutes: raw.BOOKING_CHECK_IN_EARLY_MINUTES ?? 30,
      maxActiveBookings: raw.BOOKING_MAX_ACTIVE ?? 5,
      maxCancellationsPerDay: raw.BOOKING_MAX_CANCELLATIONS_PER_DAY ?? 3,
    },
    outreach: { escalateAfterDays: raw.OUTREACH_ESCALATE_AFTER_DAYS ?? 3 },
    register: { reconfirmMonths, hideAfterMonths },
    openData: openDataLicence(raw.OPEN_DATA_LICENCE, raw.OPEN_DATA_LICENCE_URL),
    files: { parseConcurrency: raw.FILE_PARSE_CONCURRENCY ?? 2 },
    notify: { smtpUrl: raw.SMTP_URL, mailFrom: raw.MAIL_FROM ?? 'Kepu 科普 <no-reply@kepu.local>', sms },
    database: {
      url: raw.DATABASE_URL,
      connectTimeoutSeconds: raw.DATABASE_CONNECT_TIMEOUT_SECONDS ?? 5,
      statementTimeoutSeconds: raw.DATABASE_STATEMENT_TIMEOUT_SECONDS ?? 30,
    },
    search: {
      url: raw.MEILI_URL,
      masterKey: raw.MEILI_MASTER_KEY,
      binary: raw.MEILI_BINARY,
      indexPrefix: raw.MEILI_INDEX_PREFIX ?? '',
      cacheMb: raw.SEARCH_CACHE_MB ?? 32,
      timeoutMs: raw.SEARCH_TIMEOUT_MS ?? 2_000,
    },
    metricsToken: raw.METRICS_TOKEN,
    map: { tiles: (raw.MAP_TILES as MapTiles) ?? 'osm', key: raw.MAP_TILES_KEY },
    media: {
      dir: resolve(dataDir, 'media'),
      s3: raw.MEDIA_S3_ENDPOINT
        ? {
            endpoint: raw.MEDIA_S3_ENDPOINT,
            bucket: raw.MEDIA_S3_BUCKET as string,
            region: raw.MEDIA_S3_REGION ?? 'us-east-1',
            accessKeyId: raw.MEDIA_S3_ACCESS_KEY_ID as string,
            secretAccessKey: raw.MEDIA_S3_SECRET_ACCESS_KEY as string,
          }
        : undefined,
    },
  };
}

/** The SMS settings, refusing a gateway without what it needs: a deployment must not start unable to send codes. */
function smsSettings(raw: EnvironmentVariables): SmsSettings {
  const sender = (raw.SMS_SENDER ?? 'log') as SmsSettings['sender'];
  if (sender === 'log') return { sender };
  const missing = SMS_REQUIRED[sender].find((key) => !raw[key]);
  if (missing) throw new ConfigError(`Invalid configuration: ${missing} is required when SMS_SENDER is ${sender}`);
  const templates = Object.fromEntries((raw.SMS_TEMPLATES as string).split(',').map((pair) => pair.split('=')));
  if (!templates['auth.code']) {
    throw new ConfigError(
      `Invalid configuration: SMS_TEMPLATES must name the auth.code template when SMS_SENDER is ${sender}`,
    );
  }
  const gateway: SmsGatewaySettings = {
    signName: raw.SMS_SIGN_NAME as string,
    templates,
    endpoint: raw.SMS_ENDPOINT,
    timeoutSeconds: raw.SMS_TIMEOUT_SECONDS ?? 5,
  };
  return sender === 'aliyun'
    ? {
        ...gateway,
        sender,
        accessKeyId: raw.SMS_ACCESS_KEY_ID as string,
        accessKeySecret: raw.SMS_ACCESS_KEY_SECRET as string,
      }
    : {
        ...gateway,
        sender,
        secretId: raw.SMS_SECRET_ID as string,
        secretKey: raw.SMS_SECRET_KEY as string,
        sdkAppId: raw.SMS_SDK_APP_ID as string,
        region: raw.SMS_REGION ?? 'ap-guangzhou',
      };
}

/** A 32-byte key written as 64 hex digits or as base64. */
export function parseKey(text: string): Buffer {
  return Buffer.from(text, text.length === 64 ? 'hex' : 'base64');
}

function pickKnown(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    KNOWN_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k] as string]),
  );
}

const KNOWN_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'REQUEST_TIMEOUT_SECONDS',
  'KEPU_DATA_DIR',
  'KEPU_WORKER',
  'KEPU_DEMO',
  'RATE_LIMIT',
  'MAP_TILES',
  'MAP_TILES_KEY',
  'JWT_SECRET',
  'SESSION_CACHE_SECONDS',
  'PERSONAL_DATA_KEY',
  'SMTP_URL',
  'MAIL_FROM',
  'SMS_SENDER',
  'SMS_SIGN_NAME',
  'SMS_TEMPLATES',
  'SMS_ACCESS_KEY_ID',
  'SMS_ACCESS_KEY_SECRET',
  'SMS_SECRET_ID',
  'SMS_SECRET_KEY',
  'SMS_SDK_APP_ID',
  'SMS_REGION',
  'SMS_ENDPOINT',
  'SMS_TIMEOUT_SECONDS',
  'BOOKING_NO_SHOW_LIMIT',
  'BOOKING_NO_SHOW_WINDOW_DAYS',
  'BOOKING_NO_SHOW_BAN_DAYS',
  'BOOKING_PERSONAL_DATA_DAYS',
  'BOOKING_CHECK_IN_EARLY_MINUTES',
  'BOOKING_MAX_ACTIVE',
  'BOOKING_MAX_CANCELLATIONS_PER_DAY',
  'OUTREACH_ESCALATE_AFTER_DAYS',
  'REGISTER_RECONFIRM_MONTHS',
  'REGISTER_HIDE_AFTER_MONTHS',
  'OPEN_DATA_LICENCE',
  'OPEN_DATA_LICENCE_URL',
  'FILE_PARSE_CONCURRENCY',
  'DATABASE_URL',
  'DATABASE_CONNECT_TIMEOUT_SECONDS',
  'DATABASE_STATEMENT_TIMEOUT_SECONDS',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'MEILI_BINARY',
  'MEILI_INDEX_PREFIX',
  'SEARCH_CACHE_MB',
  'SEARCH_TIMEOUT_MS',
  'METRICS_TOKEN',
  'MEDIA_S3_ENDPOINT',
  'MEDIA_S3_BUCKET',
  'MEDIA_S3_REGION',
  'MEDIA_S3_ACCESS_KEY_ID',
  'MEDIA_S3_SECRET_ACCESS_KEY',
  'LOG_LEVEL',
];
