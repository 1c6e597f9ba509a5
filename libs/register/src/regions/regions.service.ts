import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CommonProblems, CoreErrors, fieldProblem, RegionStore, RegionTree } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { DataSource } from 'typeorm';
import { RegionsStore } from './regions.store';
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

/** Review depth when no region on the path says otherwise: district, then city. */
const DEFAULT_REVIEW_LEVELS = 2;

/**
 * The region endpoints and `regions:add`: who may add or rename a region, and the audit trail.
 * The table and its cache are core's (RegionStore, RegionTree): other cities are added through the
 * API, never in code (docs/regions.md).
 */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly venues: RegionsStore,
    private readonly policy: PolicyService,
    private readonly store: RegionStore,
    private readonly tree: RegionTree,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<RegionView[]> {
    return this.store.list();
  }

  /** Cities with published venues, most venues first: nothing assumes one city (docs/regions.md). */
  async cities(): Promise<CityView[]> {
    const districts = await this.venues.publishedDistricts();
    const cities = new Map<string, Omit<CityView, 'name' | 'nameEn'>>();
    for (const { code, venues, ...bounds } of districts) {
      const city = await this.tree.cityOf(code);
      // Below the city only, as before: a resource always lies in a district or functional area.
      if (!city || city === code) continue;
      const seen = cities.get(city);
      cities.set(city, {
        code: city,
        venues: (seen?.venues ?? 0) + venues,
        bounds: seen
          ? {
              minLng: Math.min(seen.bounds.minLng, bounds.minLng),
              minLat: Math.min(seen.bounds.minLat, bounds.minLat),
              maxLng: Math.max(seen.bounds.maxLng, bounds.maxLng),
              maxLat: Math.max(seen.bounds.maxLat, bounds.maxLat),
            }
          : bounds,
      });
    }
    const names = new Map((await this.store.byCodes([...cities.keys()])).map((region) => [region.code, region]));
    return [...cities.values()]
      .sort((x, y) => y.venues - x.venues || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
      .map((city) => ({
        code: city.code,
        name: names.get(city.code)?.name ?? city.code,
        nameEn: names.get(city.code)?.nameEn ?? null,
        venues: city.venues,
        bounds: city.bounds,
      }));
  }

  /** The city shown when none is chosen: the one with most published venues, else the first in the tree. */
  async defaultCity(): Promise<string> {
    const [busiest] = await this.cities();
    if (busiest) return busiest.code;
    const first = await this.store.firstCity();
    if (!first) throw new AppError(CoreErrors.UNKNOWN_REGION);
    return first;
  }

  async get(code: string): Promise<RegionView> {
    const region = await this.store.get(code);
    if (!region) throw new AppError(CoreErrors.NOT_FOUND);
    return region;
  }

  /** A resource lies in a district or functional area, never directly in a city or province. */
  async requireResourceRegion(code: string): Promise<void> {
    const region = await this.store.get(code);
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
    return (await this.store.reviewLevels(code)) ?? DEFAULT_REVIEW_LEVELS;
  }

  async create(actor: Actor, dto: CreateRegionDto, correlationId?: string): Promise<RegionView> {
    await this.policy.authorize(actor, 'region.create', { parentCode: dto.parentCode ?? null, level: dto.level });
    const parent = dto.parentCode ? await this.get(dto.parentCode).catch(() => null) : null;
    const validParent =
      dto.level === 'province' ? !dto.parentCode : parent && CHILD_LEVELS[parent.level].includes(dto.level);
    if (!validParent) throw new AppError(RegisterErrors.REGION_PARENT_INVALID);
    const gbCode = /^[0-9]{6}$/.test(dto.code) ? dto.code : null;
    await this.dataSource.transaction(async (tx) => {
      const inserted = await this.store.insert(tx, {
        code: dto.code,
        gbCode,
        name: dto.name.trim(),
        nameEn: dto.nameEn?.trim() ?? null,
        level: dto.level,
        parentCode: dto.parentCode ?? null,
        reviewLevels: dto.reviewLevels ?? null,
      });
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
    await this.tree.reload();
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
        const inserted = await this.store.insert(tx, {
          code: row.code,
          gbCode: row.code,
          name: row.name,
          nameEn: row.nameEn,
          level: row.level,
          parentCode: row.parentCode,
        });
        if (inserted) codes.push(row.code);
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
    return added.length ? this.store.byCodes(added) : [];
  }

  async update(actor: Actor, code: string, dto: UpdateRegionDto, correlationId?: string): Promise<RegionView> {
    const before = await this.get(code);
    await this.policy.authorize(actor, 'region.update', { code });
    await this.dataSource.transaction(async (tx) => {
      await this.store.update(tx, code, {
        name: dto.name?.trim(),
        nameEn: dto.nameEn?.trim(),
        reviewLevels: dto.reviewLevels,
      });
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
