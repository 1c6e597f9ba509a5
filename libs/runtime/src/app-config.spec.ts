import { ConfigError } from '@kepu/core';
import { loadAppConfig as loadConfig } from './app-config';

describe('loadAppConfig: core and every lib slice, composed', () => {
  it('defaults to embedded mode: port 3000, .data, worker inline, demo data, rate limits on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      inlineWorker: true,
      demo: true,
      rateLimit: true,
      logLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\/\.data$/);
    expect(config.database.url).toBeUndefined();
    expect(config.search.url).toBeUndefined();
    expect(config.map).toEqual({ tiles: 'osm', key: undefined });
    expect(config.notify.sms).toEqual({ sender: 'log' });
    expect(loadConfig({ MAP_TILES: 'tianditu', MAP_TILES_KEY: 'abcdef0123456789' }).map).toEqual({
      tiles: 'tianditu',
      key: 'abcdef0123456789',
    });
  });

  it('external mode (both URLs set) does not run the worker inside the API', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://kepu:pw@db:5432/kepu',
      MEILI_URL: 'http://meilisearch:7700',
      MEILI_MASTER_KEY: 'a-master-key-of-16+',
      JWT_SECRET: 'j'.repeat(32),
      PERSONAL_DATA_KEY: 'ab'.repeat(32),
    });
    expect(config.privacy.key).toHaveLength(32);
    expect(config.privacy.personalDataDays).toBe(30);
    expect(config.booking).toEqual({
      noShowLimit: 3,
      noShowWindowDays: 180,
      noShowBanDays: 30,
      checkInEarlyMinutes: 30,
      maxActiveBookings: 5,
      maxCancellationsPerDay: 3,
    });
    expect(config.inlineWorker).toBe(false);
    expect(config.demo).toBe(false);
    expect(config.rateLimit).toBe(true);
    expect(config.search).toMatchObject({ url: 'http://meilisearch:7700', masterKey: 'a-master-key-of-16+' });
    expect(config.requestTimeoutSeconds).toBe(25);
    expect(config.database).toEqual({
      url: 'postgres://kepu:pw@db:5432/kepu',
      connectTimeoutSeconds: 5,
      statementTimeoutSeconds: 30,
    });
  });

  it('reads an SMS gateway: sign name, a template per kind, credentials, endpoint and timeout', () => {
    const templates = { SMS_SIGN_NAME: '科普深圳', SMS_TEMPLATES: 'auth.code=SMS_1,booking.confirmed=SMS_2' };
    expect(
      loadConfig({
        ...templates,
        SMS_SENDER: 'aliyun',
        SMS_ACCESS_KEY_ID: 'LTAI-id',
        SMS_ACCESS_KEY_SECRET: 'secret',
        SMS_ENDPOINT: 'http://127.0.0.1:9000',
        SMS_TIMEOUT_SECONDS: '2',
      }).notify.sms,
    ).toEqual({
      sender: 'aliyun',
      signName: '科普深圳',
      templates: { 'auth.code': 'SMS_1', 'booking.confirmed': 'SMS_2' },
      accessKeyId: 'LTAI-id',
      accessKeySecret: 'secret',
      endpoint: 'http://127.0.0.1:9000',
      timeoutSeconds: 2,
    });
    expect(
      loadConfig({
        ...templates,
        SMS_SENDER: 'tencent',
        SMS_SECRET_ID: 'AKID',
        SMS_SECRET_KEY: 'key',
        SMS_SDK_APP_ID: '1400006666',
      }).notify.sms,
    ).toEqual({
      sender: 'tencent',
      signName: '科普深圳',
      templates: { 'auth.code': 'SMS_1', 'booking.confirmed': 'SMS_2' },
      secretId: 'AKID',
      secretKey: 'key',
      sdkAppId: '1400006666',
      region: 'ap-guangzhou',
      endpoint: undefined,
      timeoutSeconds: 5,
    });
  });

  const aliyun = {
    SMS_SENDER: 'aliyun',
    SMS_SIGN_NAME: '科普深圳',
    SMS_TEMPLATES: 'auth.code=SMS_1',
    SMS_ACCESS_KEY_ID: 'LTAI-id',
    SMS_ACCESS_KEY_SECRET: 'secret',
  };

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "70000")'],
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [{ KEPU_WORKER: 'yes' }, 'Invalid configuration: KEPU_WORKER must be "inline" or "off" (got "yes")'],
    [{ KEPU_DEMO: 'yes' }, 'Invalid configuration: KEPU_DEMO must be 0 or 1 (got "yes")'],
    [{ RATE_LIMIT: 'no' }, 'Invalid configuration: RATE_LIMIT must be "on" or "off" (got "no")'],
    [
      { MAP_TILES: 'google' },
      'Invalid configuration: MAP_TILES must be one of osm, tianditu, amap, none (got "google")',
    ],
    [{ MAP_TILES: 'tianditu' }, 'Invalid configuration: MAP_TILES_KEY is required when MAP_TILES is tianditu'],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters (got "short")'],
    [
      { DATABASE_URL: 'postgres://db/kepu', MEILI_URL: 'http://m:7700', MEILI_MASTER_KEY: 'k'.repeat(16) },
      'Invalid configuration: JWT_SECRET is required when DATABASE_URL and MEILI_URL are set',
    ],
    [
      {
        DATABASE_URL: 'postgres://db/kepu',
        MEILI_URL: 'http://m:7700',
        MEILI_MASTER_KEY: 'k'.repeat(16),
        JWT_SECRET: 'j'.repeat(32),
      },
      'Invalid configuration: PERSONAL_DATA_KEY is required when DATABASE_URL and MEILI_URL are set',
    ],
    [
      { PERSONAL_DATA_KEY: 'too-short' },
      'Invalid configuration: PERSONAL_DATA_KEY must be 32 bytes as 64 hex digits or base64 (got "too-short")',
    ],
    [
      { BOOKING_NO_SHOW_LIMIT: '0' },
      'Invalid configuration: BOOKING_NO_SHOW_LIMIT must be a whole number from 1 to 1000 (got "0")',
    ],
    [
      { REQUEST_TIMEOUT_SECONDS: '0' },
      'Invalid configuration: REQUEST_TIMEOUT_SECONDS must be a whole number from 1 to 3600 (got "0")',
    ],
    [
      { DATABASE_CONNECT_TIMEOUT_SECONDS: '1.5' },
      'Invalid configuration: DATABASE_CONNECT_TIMEOUT_SECONDS must be a whole number from 1 to 600 (got "1.5")',
    ],
    [
      { SMTP_URL: 'http://mail' },
      'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL (got "http://mail")',
    ],
    [
      { MEILI_URL: 'http://m:7700', MEILI_MASTER_KEY: 'short' },
      'Invalid configuration: MEILI_MASTER_KEY must be at least 16 characters (got "short")',
    ],
    [{ SMS_SENDER: 'twilio' }, 'Invalid configuration: SMS_SENDER must be one of log, aliyun, tencent (got "twilio")'],
    [
      { ...aliyun, SMS_ACCESS_KEY_SECRET: '' },
      'Invalid configuration: SMS_ACCESS_KEY_SECRET is required when SMS_SENDER is aliyun',
    ],
    [
      {
        SMS_SENDER: 'tencent',
        SMS_SIGN_NAME: '科普深圳',
        SMS_TEMPLATES: 'auth.code=1',
        SMS_SECRET_ID: 'a',
        SMS_SECRET_KEY: 'b',
      },
      'Invalid configuration: SMS_SDK_APP_ID is required when SMS_SENDER is tencent',
    ],
    [
      { ...aliyun, SMS_TEMPLATES: 'booking.confirmed=SMS_2' },
      'Invalid configuration: SMS_TEMPLATES must name the auth.code template when SMS_SENDER is aliyun',
    ],
    [
      { ...aliyun, SMS_TEMPLATES: 'auth.code SMS_1' },
      'Invalid configuration: SMS_TEMPLATES must be kind=templateId pairs separated by commas, e.g. auth.code=SMS_123,booking.confirmed=SMS_456 (got "auth.code SMS_1")',
    ],
    [
      { ...aliyun, SMS_ENDPOINT: 'dysmsapi.aliyuncs.com' },
      'Invalid configuration: SMS_ENDPOINT must be an http(s) URL (got "dysmsapi.aliyuncs.com")',
    ],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });
});
