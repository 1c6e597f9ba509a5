import { MigrationInterface, QueryRunner } from 'typeorm';

/** Resources' aliases: short names people type, indexed by search (docs/search.md, "Aliases"). */
export class ResourceAliases1795540000100 implements MigrationInterface {
  name = 'ResourceAliases1795540000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "resource_aliases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "alias" character varying(40) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "resource_aliases_alias_length" CHECK (char_length("alias") BETWEEN 1 AND 40), CONSTRAINT "resource_aliases_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "resource_aliases_resource_alias_unique" ON "resource_aliases" ("resource_id", lower("alias"))`,
    );
    await q.query(
      `ALTER TABLE "resource_aliases" ADD CONSTRAINT "resource_aliases_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "resource_aliases"`);
  }
}
