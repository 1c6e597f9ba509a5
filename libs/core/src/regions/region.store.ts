import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A region as the `regions` table holds it (docs/regions.md). */
export interface RegionRow {
  /** GB/T 2260 code, or parent code + "-" + letters for a functional area. */
  code: string;
  gbCode: string | null;
  name: string;
  nameEn: string | null;
  level: 'province' | 'city' | 'district' | 'functional_area';
  parentCode: string | null;
  /** 1: the district decides; 2: district, then city. Null: inherited from the regions above. */
  reviewLevels: 1 | 2 | null;
}

/** A region to add: its path is its parent's path, `/`, its code. */
export interface NewRegion extends Omit<RegionRow, 'reviewLevels'> {
  reviewLevels?: 1 | 2 | null;
}

const COLUMNS = `code, gb_code AS "gbCode", name, name_en AS "nameEn", level, parent_code AS "parentCode",
  review_levels AS "reviewLevels"`;

/**
 * The one place that reads and writes the `regions` table (core owns it: docs/table-ownership.md).
 * Register's region endpoints decide who may change what and record it; RegionTree keeps the tree
 * in memory; other libs filter their rows with `insideRegions`.
 */
@Injectable()
export class RegionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every region, in tree order. */
  list(): Promise<RegionRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM regions ORDER BY path`);
  }

  async get(code: string, tx: EntityManager = this.dataSource.manager): Promise<RegionRow | undefined> {
    const [region] = await tx.query(`SELECT ${COLUMNS} FROM regions WHERE code = $1`, [code]);
    return region;
  }

  byCodes(codes: string[]): Promise<RegionRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM regions WHERE code = ANY($1) ORDER BY path`, [codes]);
  }

  /** The first city in tree order, if any. */
  async firstCity(): Promise<string | undefined> {
    const [first] = await this.dataSource.query(`SELECT code FROM regions WHERE level = 'city' ORDER BY path LIMIT 1`);
    return first?.code;
  }

  /** The nearest review depth set on the way up from the region (itself included), if any. */
  async reviewLevels(code: string): Promise<number | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT r.review_levels AS levels FROM regions r
        WHERE (SELECT path FROM regions WHERE code = $1) LIKE r.path || '%' AND r.review_levels IS NOT NULL
        ORDER BY length(r.path) DESC LIMIT 1`,
      [code],
    );
    return row?.levels ?? undefined;
  }

  /** The code and path of every region, with its name and level: what RegionTree keeps. */
  tree(): Promise<{ code: string; name: string; level: RegionRow['level']; path: string }[]> {
    return this.dataSource.query('SELECT code, name, level, path FROM regions');
  }

  /** Adds the region below its parent; false when its code is taken (nothing changes then). */
  async insert(tx: EntityManager, region: NewRegion): Promise<boolean> {
    const [inserted] = await tx.query(
      `INSERT INTO regions (code, gb_code, name, name_en, level, parent_code, path, review_levels)
       SELECT $1::varchar, $2, $3, $4, $5, $6::varchar,
              coalesce((SELECT path || '/' FROM regions WHERE code = $6::varchar), '') || $1::varchar, $7::smallint
       ON CONFLICT DO NOTHING RETURNING code`,
      [
        region.code,
        region.gbCode,
        region.name,
        region.nameEn,
        region.level,
        region.parentCode,
        region.reviewLevels ?? null,
      ],
    );
    return Boolean(inserted);
  }

  /** Names and review depth: a region's code, level and place in the tree never change. */
  async update(
    tx: EntityManager,
    code: string,
    change: { name?: string; nameEn?: string; reviewLevels?: 1 | 2 | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE regions SET name = coalesce($2, name), name_en = coalesce($3, name_en),
         review_levels = CASE WHEN $4 THEN $5::smallint ELSE review_levels END
       WHERE code = $1`,
      [
        code,
        change.name ?? null,
        change.nameEn ?? null,
        change.reviewLevels !== undefined,
        change.reviewLevels ?? null,
      ],
    );
  }

  /** The resident population of each of these regions where it is known (docs/statistics.md). */
  async populations(codes: string[]): Promise<Map<string, number>> {
    const rows: { code: string; population: number }[] = await this.dataSource.query(
      `SELECT code, population FROM regions WHERE code = ANY($1) AND population IS NOT NULL`,
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row.population]));
  }
}
