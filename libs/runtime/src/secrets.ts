import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface RuntimeSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
}

/** Credentials for the embedded services, generated once and kept (0600) in the data directory. */
export async function loadOrCreateSecrets(dataDir: string): Promise<RuntimeSecrets> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as RuntimeSecrets;
  const secrets: RuntimeSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    meiliMasterKey: randomBytes(24).toString('base64url'),
  };
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
