import { accessSync, constants, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEILISEARCH_SHA256, resolveMeilisearchBinary, verifyChecksum } from './meilisearch';

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
