import { PersonalDataCipher } from './personal-data-cipher';

let current: PersonalDataCipher | undefined;

/**
 * Data migrations that seal personal data already in the database need the deployment's key, which
 * TypeORM has no way to hand to a migration: the data source options set it here for them.
 */
export function provideMigrationCipher(key: Buffer | undefined): void {
  current = key ? new PersonalDataCipher(key) : undefined;
}

/** The key for a migration that has rows to seal; without PERSONAL_DATA_KEY it cannot seal them. */
export function migrationCipher(): PersonalDataCipher {
  if (!current) throw new Error('PERSONAL_DATA_KEY must be set to seal the personal data already stored');
  return current;
}
