import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded mode: port 3000, .data, worker inline', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, inlineWorker: true, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\/\.data$/);
    expect(config.database.url).toBeUndefined();
    expect(config.search.url).toBeUndefined();
  });

  it('external mode (both URLs set) does not run the worker inside the API', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://kepu:pw@db:5432/kepu',
      MEILI_URL: 'http://meilisearch:7700',
      MEILI_MASTER_KEY: 'a-master-key-of-16+',
    });
    expect(config.inlineWorker).toBe(false);
    expect(config.search).toMatchObject({ url: 'http://meilisearch:7700', masterKey: 'a-master-key-of-16+' });
  });

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
    [
      { MEILI_URL: 'http://m:7700', MEILI_MASTER_KEY: 'short' },
      'Invalid configuration: MEILI_MASTER_KEY must be at least 16 characters (got "short")',
    ],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });
});
