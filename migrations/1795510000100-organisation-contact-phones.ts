import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationCipher } from '../libs/core/src/privacy/migration-cipher';

/**
 * An organisation's contact phone is personal data: it is sealed with the PersonalDataCipher like a
 * visitor's, beside its keyed lookup hash, and the clear column goes. The numbers already stored are
 * sealed here with the deployment's key (PERSONAL_DATA_KEY), needed only when there are some; down
 * opens them again.
 */
export class OrganisationContactPhones1795510000100 implements MigrationInterface {
  name = 'OrganisationContactPhones1795510000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organisations" ADD "contact_phone_sealed" bytea`);
    await q.query(`ALTER TABLE "organisations" ADD "contact_phone_hash" bytea`);
    const rows: { id: string; phone: string }[] = await q.query(
      `SELECT id, contact_phone AS phone FROM "organisations" WHERE contact_phone IS NOT NULL`,
    );
    if (rows.length) {
      const cipher = migrationCipher();
      for (const { id, phone } of rows) {
        // The lookup hash as libs/register/src/organisations/contact-phone.ts computes it: of the digits alone.
        await q.query(`UPDATE "organisations" SET contact_phone_sealed = $2, contact_phone_hash = $3 WHERE id = $1`, [
          id,
          cipher.encrypt(phone),
          cipher.hash(`phone:${phone.replace(/\D/g, '')}`),
        ]);
      }
    }
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "contact_phone"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organisations" ADD "contact_phone" character varying(20)`);
    const rows: { id: string; sealed: Buffer }[] = await q.query(
      `SELECT id, contact_phone_sealed AS sealed FROM "organisations" WHERE contact_phone_sealed IS NOT NULL`,
    );
    if (rows.length) {
      const cipher = migrationCipher();
      for (const { id, sealed } of rows) {
        await q.query(`UPDATE "organisations" SET contact_phone = $2 WHERE id = $1`, [id, cipher.decrypt(sealed)]);
      }
    }
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "contact_phone_hash"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "contact_phone_sealed"`);
  }
}
