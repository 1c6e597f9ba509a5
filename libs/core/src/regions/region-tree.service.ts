import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** True when the region at `inner` is the one at `outer` or below it; a path is codes from the root joined by `/`. */
export const pathWithin = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);

/**
 * The region tree (province → city → district) for scope checks: "is this region inside that
 * one?". The tree is small and changes rarely; it is read once and re-read on an unknown code.
 */
@Injectable()
export class RegionTree {
  private paths = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async pathOf(code: string): Promise<string | undefined> {
    if (!this.paths.has(code)) await this.reload();
    return this.paths.get(code);
  }

  async exists(code: string): Promise<boolean> {
    return (await this.pathOf(code)) !== undefined;
  }

  /** True when `code` is `ancestor` itself or lies anywhere below it. */
  async contains(ancestor: string, code: string): Promise<boolean> {
    const [outer, inner] = await Promise.all([this.pathOf(ancestor), this.pathOf(code)]);
    return Boolean(outer && inner && pathWithin(inner, outer));
  }

  /** Also after regions are added in bulk (`regions:add`), so no request sees the old tree. */
  async reload(): Promise<void> {
    const rows: { code: string; path: string }[] = await this.dataSource.query('SELECT code, path FROM regions');
    this.paths = new Map(rows.map((row) => [row.code, row.path]));
  }
}

/**
 * SQL condition: the region whose path is `pathSql` lies inside (or is) one of the regions whose
 * codes `codesSql` holds (a text[] parameter). The same rule as RegionTree.contains, for queries.
 */
export const insideRegions = (pathSql: string, codesSql: string): string =>
  `EXISTS (SELECT 1 FROM regions outer_r WHERE outer_r.code = ANY(${codesSql}::text[])
     AND (${pathSql} = outer_r.path OR ${pathSql} LIKE outer_r.path || '/%'))`;
