import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResourceAlias } from './resource-alias.entity';

/** Resources' aliases: `resource_aliases`. */
@Injectable()
export class AliasesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The aliases of these resources, each resource's in the order they were added. */
  of(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<{ id: string; aliases: string[] }[]> {
    return manager.query(
      `SELECT resource_id AS id, array_agg(alias ORDER BY created_at, alias) AS aliases
         FROM resource_aliases WHERE resource_id = ANY($1) GROUP BY resource_id`,
      [ids],
    );
  }

  async remove(tx: EntityManager, resourceId: string, aliases: string[]): Promise<void> {
    await tx.query(`DELETE FROM resource_aliases WHERE resource_id = $1 AND alias = ANY($2)`, [resourceId, aliases]);
  }

  async add(tx: EntityManager, resourceId: string, aliases: string[], createdBy: string | null): Promise<void> {
    await tx.getRepository(ResourceAlias).insert(aliases.map((alias) => ({ resourceId, alias, createdBy })));
  }
}
