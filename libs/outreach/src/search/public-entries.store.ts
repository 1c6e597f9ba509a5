import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import { containsPattern, OutreachEntry, PUBLIC_ENTRIES } from './outreach-entries';
import type { OutreachSearchDto } from './outreach-search.dto';

/** Which entries the search's fallback finds: every word must occur in the text. */
export type EntryFilter = Pick<OutreachSearchDto, 'kind' | 'theme' | 'format' | 'district' | 'sort'> & {
  words: string[];
};

/** The public menu items and experts, side by side (`PUBLIC_ENTRIES`), for the search index and its fallback. */
@Injectable()
export class PublicEntriesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those of these menu items or experts that are public. */
  byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<OutreachEntry[]> {
    return manager.query(`SELECT * FROM ${PUBLIC_ENTRIES} e WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  async count(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${PUBLIC_ENTRIES} e`,
    );
    return count;
  }

  /** The next `limit` entries by id after `afterId`. */
  after(afterId: string, limit: number): Promise<OutreachEntry[]> {
    return this.dataSource.query(`SELECT * FROM ${PUBLIC_ENTRIES} e WHERE e.id > $1 ORDER BY e.id LIMIT ${limit}`, [
      afterId,
    ]);
  }

  /** One page of the entries matching, by name (or best rated first), and the number matching. */
  async search(
    filter: EntryFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ entries: OutreachEntry[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    for (const token of filter.words) {
      where.push(
        `concat_ws(' ', e.name, e."organisationName", e."jobTitle", e.summary) ILIKE ${param(containsPattern(token))}`,
      );
    }
    if (filter.kind) where.push(`e.kind = ${param(filter.kind)}`);
    if (filter.theme) where.push(`${param(filter.theme)} = ANY(e.themes)`);
    if (filter.format) where.push(`e.format = ${param(filter.format)}`);
    if (filter.district) {
      where.push(`EXISTS (SELECT 1 FROM unnest(e."districtCodes") served(code)
                    WHERE ${insideRegions(regionPath('served.code'), param([filter.district]))})`);
    }
    const order = filter.sort === 'rating' ? `e."ratingAverage" DESC NULLS LAST, e.name` : 'e.name';
    const rows: (OutreachEntry & { total: number })[] = await this.dataSource.query(
      `SELECT e.*, count(*) OVER ()::int AS total FROM ${PUBLIC_ENTRIES} e
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}, e.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { entries: rows.map(({ total: _total, ...entry }) => entry), total: rows[0]?.total ?? 0 };
  }
}
