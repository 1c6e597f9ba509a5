import { Injectable } from '@nestjs/common';
import { RegionRow, RegionStore } from './region.store';

/** True when the region at `inner` is the one at `outer` or below it; a path is codes from the root joined by `/`. */
export const pathWithin = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);

/** Regions are added by hand, a few times a year, and renamed more rarely: names are read again after this long. */
const NAMES_TTL_MS = 5 * 60_000;

interface TreeNode {
  code: string;
  name: string;
  level: RegionRow['level'];
  path: string;
}

/**
 * The region tree (province → city → district) in memory, the one cache of the `regions` table:
 * scope checks ("is this region inside that one?"), the city above a region, and the names search
 * understands. The tree is small and changes rarely; it is read once, re-read on an unknown code,
 * after regions are added, and for names after NAMES_TTL_MS (a rename in another process).
 */
@Injectable()
export class RegionTree {
  private paths = new Map<string, string>();
  private nodes = new Map<string, TreeNode>();
  private readAt = 0;
  private loading?: Promise<void>;

  constructor(private readonly store: RegionStore) {}

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

  /** The city the region lies in (itself, for a city); undefined for a province or an unknown code. */
  async cityOf(code: string): Promise<string | undefined> {
    const path = await this.pathOf(code);
    return path?.split('/').find((ancestor) => this.nodes.get(ancestor)?.level === 'city');
  }

  /**
   * The districts and functional areas with their names: the place words search understands. The
   * same array until the tree is read again, so a caller may keep what it derives from it.
   */
  async districts(): Promise<readonly Pick<TreeNode, 'code' | 'name'>[]> {
    await this.readIfOld();
    return this.districtList;
  }
  private districtList: Pick<TreeNode, 'code' | 'name'>[] = [];

  /** Also after regions are added (`regions:add`, the region endpoints), so no request sees the old tree. */
  async reload(): Promise<void> {
    // Concurrent misses share one read; a failed read is not kept, the next call reads again.
    this.loading ??= this.store
      .tree()
      .then((rows) => {
        this.paths = new Map(rows.map((row) => [row.code, row.path]));
        this.nodes = new Map(rows.map((row) => [row.code, row]));
        this.districtList = rows
          .filter((row) => row.level === 'district' || row.level === 'functional_area')
          .map(({ code, name }) => ({ code, name }));
        this.readAt = Date.now();
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The region's level (a region's level never changes); undefined for an unknown code. */
  async levelOf(code: string): Promise<RegionRow['level'] | undefined> {
    await this.pathOf(code);
    return this.nodes.get(code)?.level;
  }

  /**
   * The names of the region, of the regions above it and of every region below it, as read at most
   * NAMES_TTL_MS ago: the place names a venue's name in that region may start with.
   */
  async namesInLine(code: string): Promise<string[]> {
    await this.readIfOld();
    const path = await this.pathOf(code);
    if (!path) return [];
    return [...this.nodes.values()]
      .filter((node) => pathWithin(node.path, path) || pathWithin(path, node.path))
      .map((node) => node.name);
  }

  /** The region with its name, level and path; undefined for an unknown code. */
  async find(code: string): Promise<TreeNode | undefined> {
    await this.readIfOld();
    if (!this.nodes.has(code)) await this.reload();
    return this.nodes.get(code);
  }

  /** The region and every region below it: what a region's figures count (an empty list for an unknown code). */
  async within(code: string): Promise<TreeNode[]> {
    const region = await this.find(code);
    if (!region) return [];
    return [...this.nodes.values()].filter((node) => pathWithin(node.path, region.path));
  }

  /**
   * The regions right below this one in code order, or the region itself when none is (a district):
   * how the figures break a region down.
   */
  async parts(code: string): Promise<TreeNode[]> {
    const region = await this.find(code);
    if (!region) return [];
    const children = [...this.nodes.values()]
      .filter((node) => node.path === `${region.path}/${node.code}`)
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    return children.length ? children : [region];
  }

  /** Names, and regions added by another process, are read again after NAMES_TTL_MS. */
  private async readIfOld(): Promise<void> {
    if (!this.readAt || Date.now() - this.readAt > NAMES_TTL_MS) await this.reload();
  }
}

/**
 * SQL condition: the region whose path is `pathSql` lies inside (or is) one of the regions whose
 * codes `codesSql` holds (a text[] parameter). The same rule as RegionTree.contains, for queries.
 */
export const insideRegions = (pathSql: string, codesSql: string): string =>
  `EXISTS (SELECT 1 FROM regions outer_r WHERE outer_r.code = ANY(${codesSql}::text[])
     AND (${pathSql} = outer_r.path OR ${pathSql} LIKE outer_r.path || '/%'))`;

/** SQL expression: the path of the region whose code is `codeSql`, for `insideRegions` on a row that keeps only a code. */
export const regionPath = (codeSql: string): string => `(SELECT path FROM regions WHERE code = ${codeSql})`;

/** SQL expression: the name of the region whose code is `codeSql`, as it is now. */
export const regionName = (codeSql: string): string => `(SELECT name FROM regions WHERE code = ${codeSql})`;

/**
 * SQL condition: some region of `codesSql` and some of `otherCodesSql` (text[] expressions) are one
 * inside the other, either way, or the same: a campaign's regions meet an administrator's.
 */
export const regionsOverlap = (codesSql: string, otherCodesSql: string): string =>
  `EXISTS (SELECT 1 FROM regions one_r, regions other_r
            WHERE one_r.code = ANY(${codesSql}) AND other_r.code = ANY(${otherCodesSql})
              AND (one_r.path = other_r.path OR one_r.path LIKE other_r.path || '/%'
                   OR other_r.path LIKE one_r.path || '/%'))`;
