import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEILISEARCH_SHA256, resolveMeilisearchBinary, startEmbeddedMeilisearch, verifyChecksum } from './meilisearch';

describe('Meilisearch binary pin', () => {
  it('accepts the packaged 1.21.0 binary and makes it executable', async () => {
    const binary = await resolveMeilisearchBinary();
    expect(binary).toMatch(/@gaubee\/meilisearch-linux-amd64\/meilisearch$/);
    expect(() => accessSync(binary, constants.X_OK)).not.toThrow();
  });

  it('refuses a binary whose sha256 differs from the pin', async () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'kepu-pin-')), 'meilisearch');
    writeFileSync(fake, '#!/bin/sh\necho not meilisearch\n');
    await expect(verifyChecksum(fake, MEILISEARCH_SHA256)).rejects.toThrow(
      /^Refusing .*: sha256 [0-9a-f]{64} is not the pinned 5354d854/,
    );
  });

  it('lets MEILI_BINARY point at another binary, but not at nothing', async () => {
    await expect(resolveMeilisearchBinary('/no/such/meilisearch')).rejects.toThrow(
      'MEILI_BINARY points at /no/such/meilisearch, which does not exist',
    );
  });
});

describe('embedded Meilisearch', () => {
  it('gets its master key through the environment, never on its command line, and requires it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kepu-meili-key-'));
    const masterKey = randomBytes(24).toString('base64url');
    const meili = await startEmbeddedMeilisearch({ dataDir, masterKey, name: 'meili-key-test' });
    try {
      // What `ps` shows any local user: the arguments, NUL-separated.
      const commandLine = readFileSync(`/proc/${meili.pid}/cmdline`, 'utf8');
      expect(commandLine).toContain('--db-path');
      expect(commandLine).not.toContain(masterKey);
      expect((await fetch(`${meili.url}/indexes`)).status).toBe(401);
      const authorized = await fetch(`${meili.url}/indexes`, { headers: { Authorization: `Bearer ${masterKey}` } });
      expect(authorized.status).toBe(200);
    } finally {
      await meili.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
