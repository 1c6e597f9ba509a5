import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The resources search should show, read from register's `searchable_resources` view (published,
 * not out of search, with the published revision's number): what the drift check compares the
 * index with (docs/table-ownership.md, "Read models").
 */
@Injectable()
export class SearchableResourcesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM searchable_resources`);
    return n;
  }

  /** The `limit` resources changed last, with the revision each publishes. */
  latestChanged(limit: number): Promise<{ id: string; revision: number }[]> {
    return this.dataSource.query(`SELECT id, revision FROM searchable_resources ORDER BY updated_at DESC LIMIT $1`, [
      limit,
    ]);
  }
}
