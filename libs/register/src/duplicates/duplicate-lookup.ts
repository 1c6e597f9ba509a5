import { EntityManager } from 'typeorm';
import { RegionTree } from '@kepu/core';
import { DuplicatesStore } from './duplicates.store';
import { nameKey, pinyinKey, regionPrefixes } from './name-key';

/** Why two resources may be one: the same normalised name, the same name's pinyin, or nearly the same place. */
export const DUPLICATE_MATCHES = ['name', 'pinyin', 'distance'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

/** Anything within this distance is a candidate, whatever its name. */
export const DUPLICATE_RADIUS_METRES = 100;

export interface DuplicateCandidateRef {
  id: string;
  name: string;
  distanceMetres: number;
  matchedBy: DuplicateMatch[];
}

/** What a candidate is compared by. `id` is absent for a row of a census sheet not yet created. */
export interface DuplicateSubject {
  id?: string;
  name: string;
  regionCode: string;
  location: { lat: number; lng: number };
}

interface NamedEntry {
  id: string;
  key: string;
  pinyin: string;
}

/** A city's resources by name key, with the region prefixes its names are stripped of. */
interface CityNames {
  prefixes: string[];
  entries: NamedEntry[];
}

/**
 * Finds duplicate candidates (docs/register.md, "Duplicates and merging"). Names are compared
 * within the subject's city (深圳 and 广州 both have a 科学馆); distance everywhere. Pairs a reviewer
 * dismissed are left out. One lookup loads a city's names once: a census import compares thousands
 * of rows against the same list, and adds the rows it creates to it.
 */
export class DuplicateLookup {
  private readonly cities = new Map<string, CityNames>();

  constructor(
    private readonly tx: EntityManager,
    private readonly regions: RegionTree,
    private readonly store: DuplicatesStore,
  ) {}

  async candidates(subject: DuplicateSubject): Promise<DuplicateCandidateRef[]> {
    const city = await this.city(subject.regionCode);
    const key = nameKey(subject.name, city.prefixes);
    const pinyin = pinyinKey(key);
    const byName = new Map<string, DuplicateMatch>();
    if (key) {
      for (const entry of city.entries) {
        if (entry.id === subject.id) continue;
        if (entry.key === key) byName.set(entry.id, 'name');
        else if (entry.pinyin === pinyin) byName.set(entry.id, 'pinyin');
      }
    }
    const rows = await this.store.nearby(this.tx, {
      id: subject.id ?? null,
      location: subject.location,
      radiusMetres: DUPLICATE_RADIUS_METRES,
      alsoIds: [...byName.keys()],
    });
    return rows.map((row) => ({
      ...row,
      matchedBy: [
        ...(byName.has(row.id) ? [byName.get(row.id) as DuplicateMatch] : []),
        ...(row.distanceMetres <= DUPLICATE_RADIUS_METRES ? ['distance' as const] : []),
      ],
    }));
  }

  /** A resource created after the lookup loaded its city (a census row) is compared with the rows after it. */
  async add(resource: { id: string; name: string; regionCode: string }): Promise<void> {
    const city = await this.city(resource.regionCode);
    const key = nameKey(resource.name, city.prefixes);
    if (key) city.entries.push({ id: resource.id, key, pinyin: pinyinKey(key) });
  }

  /** The names of the subject region's city, loaded on first use: the city, the regions above it and everything below it. */
  private async city(regionCode: string): Promise<CityNames> {
    const code = await this.regions.cityOf(regionCode);
    if (!code) return { prefixes: [], entries: [] };
    const known = this.cities.get(code);
    if (known) return known;
    const prefixes = regionPrefixes(await this.regions.namesInLine(code));
    const resources = await this.store.namesWithin(this.tx, code);
    const entries = resources.flatMap(({ id, name }) => {
      const key = nameKey(name, prefixes);
      return key ? [{ id, key, pinyin: pinyinKey(key) }] : [];
    });
    const city = { prefixes, entries };
    this.cities.set(code, city);
    return city;
  }
}
