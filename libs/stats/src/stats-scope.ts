import type { StatsScope } from './stats.views';

/**
 * A resolved scope: the period, and which venues count, as a condition over the alias `res` (a
 * `venue_facts` or `published_venue_content` row) whose one parameter is numbered `$n`.
 */
export interface Scope extends StatsScope {
  where: (n: number) => string;
  param: unknown;
}

/** The condition and parameter of a scope: one venue, some venues, or the venues in some regions. */
export type VenueCondition = Pick<Scope, 'where' | 'param'>;

export const oneVenue = (id: string): VenueCondition => ({ where: (n) => `res.id = $${n}`, param: id });

export const venuesAmong = (ids: string[]): VenueCondition => ({
  where: (n) => `res.id = ANY($${n}::uuid[])`,
  param: ids,
});

/** Venues filed under these regions (a region and those below it, from core's RegionTree). */
export const venuesInRegions = (codes: string[]): VenueCondition => ({
  where: (n) => `res.region_code = ANY($${n}::text[])`,
  param: codes,
});

/** A part of a region the figures break it down into, with the codes of the regions it covers. */
export interface RegionPart {
  code: string;
  name: string;
  codes: string[];
}

/** The parts as a JSON parameter, for `partsSql` and `PART_OF`. */
export const partsParam = (parts: RegionPart[]): string =>
  JSON.stringify(parts.map(({ code, codes }) => ({ code, codes })));

/** The parts of parameter `$n` as rows `p(code)`. */
export const partsSql = (n: number): string => `jsonb_to_recordset($${n}::jsonb) AS p(code text)`;

/**
 * The CTE `part_of (part, region_code)`: the part each region code of parameter `$n` falls in.
 * Figures join it and group by part, one pass over their rows for all parts.
 */
export const partOfSql = (n: number): string => `part_of AS (
  SELECT p.code AS part, c.code AS region_code
    FROM jsonb_to_recordset($${n}::jsonb) AS p(code text, codes text[]) CROSS JOIN unnest(p.codes) AS c(code))`;
