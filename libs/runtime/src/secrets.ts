import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface RuntimeSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  jwtSecret: string;
  /** 64 hex digits: the key for personal data at rest. */
  personalDataKey: string;
}

/** Credentials for the embedded services, generated once and kept (0600) in the data directory. */
export async function loadOrCreateSecrets(dataDir: string): Promise<RuntimeSecrets> {
  const file = join(dataDir, 'secrets.json');
  const kept: Partial<RuntimeSecrets> = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  // Fill in what is missing (a data directory from an older version), never replace what exists.
  const secrets: RuntimeSecrets = {
    postgresPassword: kept.postgresPassword ?? randomBytes(18).toString('base64url'),
    meiliMasterKey: kept.meiliMasterKey ?? randomBytes(24).toString('base64url'),
    jwtSecret: kept.jwtSecret ?? randomBytes(48).toString('base64url'),
    personalDataKey: kept.personalDataKey ?? randomBytes(32).toString('hex'),
  };
  if (Object.keys(kept).length !== Object.keys(secrets).length) {
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
