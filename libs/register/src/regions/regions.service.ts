import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CoreErrors, RegionTree, fieldProblem, CommonProblems } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { DataSource } from 'typeorm';
import { RegisterErrors } from '../register-errors';
import { catalogueRegions, loadCatalogue } from './region-catalogue';
import { CreateRegionDto, RegionLevel, UpdateRegionDto } from './regions.dto';
import { CityView, RegionView } from './regions.views';

/** Which level a child of each level must be. */
const CHILD_LEVELS: Record<RegionLevel, RegionLevel[]> = {
  province: ['city'],
  city: ['district', 'functional_area'],
  district: [],
  functional_area: [],
};

const COLUMNS = `code, gb_code AS "gbCode", name, name_en AS "nameEn", level, parent_code AS "parentCode",
  review_levels AS "reviewLevels"`;

/** Review depth when no region on the path says otherwise: district, then city. */
const DEFAULT_REVIEW_LEVELS = 2;

/** The region tree as data: other cities are added through the API, never in code. */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly tree: RegionTree,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<RegionView[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM regions ORDER BY path`);
  }

  /** Cities with published venues, most venues first: nothing assumes one city (docs/regions.md). */
  async cities(): Promise<CityView[]> {
    const rows: (Omit<CityView, 'bounds'> & CityView['bounds'])[] = await this.dataSource.query(
      `SELECT c.code, c.name, c.name_en AS "nameEn", count(*)::int AS venues,
              min(res.longitude) AS "minLng", min(res.latitude) AS "minLat",
              max(res.longitude) AS "maxLng", max(res.latitude) AS "maxLat"
         FROM regions c
         JOIN regions r ON r.path LIKE c.path || '/%'
         JOIN resources res ON res.region_code = r.code AND res.status = 'published'
        WHERE c.level = 'city'
        GROUP BY c.code ORDER BY venues DESC, c.code`,
    );
    return rows.map(({ minLng, minLat, maxLng, maxLat, ...city }) => ({
      ...city,
      bounds: { minLng, minLat, maxLng, maxLat },
    }));
  }

  /** The city shown when none is chosen: the one with most published venues, else the first in the tree. */
  async defaultCity(): Promise<string> {
    const [busiest] = await this.cities();
    if (busiest) return busiest.code;
    const [first] = await this.dataSource.query(`SELECT code FROM regions WHERE level = 'city' ORDER BY path LIMIT 1`);
    if (!first) throw new AppError(CoreErrors.UNKNOWN_REGION);
    return first.code;
  }

  async get(code: string): Promise<RegionView> {
    const [region] = await this.dataSource.query(`SELECT ${COLUMNS} FROM regions WHERE code = $1`, [code]);
    if (!region) throw new AppError(CoreErrors.NOT_FOUND);
    return region;
  }

  /** A resource lies in a district or functional area, never directly in a city or province. */
  async requireResourceRegion(code: string): Promise<void> {
    const [region] = await this.dataSource.query(`SELECT level FROM regions WHERE code = $1`, [code]);
    if (!region)
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('regionCode', CommonProblems.UNKNOWN_REGION, { code }),
      ]);
    if (!['district', 'functional_area'].includes(region.level)) {
      throw new AppError(RegisterErrors.REGION_NOT_A_DISTRICT, [
        fieldProblem('regionCode', CommonProblems.NOT_A_DISTRICT, { code }),
      ]);
    }
  }

  async requireExisting(code: string, field = 'regionCode'): Promise<void> {
    if (!(await this.tree.exists(code))) {
      throw new AppError(CoreErrors.UNKNOWN_REGION, [fieldProblem(field, CommonProblems.UNKNOWN_REGION, { code })]);
    }
  }

  /** 1 or 2: the nearest setting on the way up from the region, else the default. */
  async reviewLevels(code: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT r.review_levels AS levels FROM regions r
        WHERE (SELECT path FROM regions WHERE code = $1) LIKE r.path || '%' AND r.review_levels IS NOT NULL
        ORDER BY length(r.path) DESC LIMIT 1`,
      [code],
    );
    return row?.levels ?? DEFAULT_REVIEW_LEVELS;
  }

  async create(actor: Actor, dto: CreateRegionDto, correlationId?: string): Promise<RegionView> {
    await this.policy.authorize(actor, 'region.create', { parentCode: dto.parentCode ?? null, level: dto.level });
    const parent = dto.parentCode ? await this.get(dto.parentCode).catch(() => null) : null;
    const validParent =
      dto.level === 'province' ? !dto.parentCode : parent && CHILD_LEVELS[parent.level].includes(dto.level);
    if (!validParent) throw new AppError(RegisterErrors.REGION_PARENT_INVALID);
    const gbCode = /^[0-9]{6}$/.test(dto.code) ? dto.code : null;
    await this.dataSource.transaction(async (tx) => {
      const [inserted] = await tx.query(
        `INSERT INTO regions (code, gb_code, name, name_en, level, parent_code, path, review_levels)
         SELECT $1::varchar, $2, $3, $4, $5, $6::varchar, coalesce((SELECT path || '/' FROM regions WHERE code = $6::varchar), '') || $1::varchar, $7::smallint
         ON CONFLICT DO NOTHING RETURNING code`,
        [
          dto.code,
          gbCode,
          dto.name.trim(),
          dto.nameEn?.trim() ?? null,
          dto.level,
          dto.parentCode ?? null,
          dto.reviewLevels ?? null,
        ],
      );
      if (!inserted) throw new AppError(RegisterErrors.REGION_EXISTS);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'region.create',
          subjectType: 'region',
          subjectId: dto.code,
          details: { ...dto },
          correlationId,
        },
        tx,
      );
    });
    return this.get(dto.code);
  }

  /**
   * `npm run regions:add -- <code>`: a province or city and everything below it from GB/T 2260, in
   * one transaction. Regions already there (Shenzhen's seed, 大鹏新区) are kept as they are, so a
   * rerun adds nothing. Undefined when the catalogue has no province or city of that code.
   */
  async addFromCatalogue(code: string): Promise<RegionView[] | undefined> {
    const rows = catalogueRegions(await loadCatalogue(), code);
    if (!rows) return undefined;
    const added = await this.dataSource.transaction(async (tx) => {
      const codes: string[] = [];
      for (const row of rows) {
        const [inserted] = await tx.query(
          `INSERT INTO regions (code, gb_code, name, name_en, level, parent_code, path)
           SELECT $1::varchar, $1, $2, $3, $4, $5::varchar,
                  coalesce((SELECT path || '/' FROM regions WHERE code = $5::varchar), '') || $1::varchar
           ON CONFLICT DO NOTHING RETURNING code`,
          [row.code, row.name, row.nameEn, row.level, row.parentCode],
        );
        if (inserted) codes.push(inserted.code);
      }
      if (codes.length) {
        await this.audit.record(
          { actorId: null, action: 'region.import', subjectType: 'region', subjectId: code, details: { added: codes } },
          tx,
        );
      }
      return codes;
    });
    await this.tree.reload();
    return added.length
      ? this.dataSource.query(`SELECT ${COLUMNS} FROM regions WHERE code = ANY($1) ORDER BY path`, [added])
      : [];
  }

  async update(actor: Actor, code: string, dto: UpdateRegionDto, correlationId?: string): Promise<RegionView> {
    const before = await this.get(code);
    await this.policy.authorize(actor, 'region.update', { code });
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE regions SET name = coalesce($2, name), name_en = coalesce($3, name_en),
           review_levels = CASE WHEN $4 THEN $5::smallint ELSE review_levels END
         WHERE code = $1`,
        [
          code,
          dto.name?.trim() ?? null,
          dto.nameEn?.trim() ?? null,
          dto.reviewLevels !== undefined,
          dto.reviewLevels ?? null,
        ],
      );
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'region.update',
          subjectType: 'region',
          subjectId: code,
          details: { before, change: { ...dto } },
          correlationId,
        },
        tx,
      );
    });
    return this.get(code);
  }
}
