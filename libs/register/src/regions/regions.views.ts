/** What the region endpoints answer. */
import { ApiProperty } from '@nestjs/swagger';
import type { RegionLevel } from './regions.dto';

/** A region of the tree: province → city → district (or functional area). */
export class RegionView {
  /** GB/T 2260 code, or parent code + "-" + letters for a functional area. */
  code!: string;
  /** The GB/T 2260 code, null for a functional area. */
  gbCode!: string | null;
  name!: string;
  nameEn!: string | null;
  level!: RegionLevel;
  /** Null for a province. */
  parentCode!: string | null;
  /** 1: the district decides; 2: district, then city. Null: inherited from the regions above. */
  @ApiProperty({ type: 'integer', enum: [1, 2, null], nullable: true })
  reviewLevels!: 1 | 2 | null;
}

/** The corners of an area, WGS-84 degrees. */
export class Bounds {
  minLng!: number;
  minLat!: number;
  maxLng!: number;
  maxLat!: number;
}

/** A city with published venues: what the figures page and the map offer to choose from. */
export class CityView {
  /** The city's region code (`440300`). */
  code!: string;
  name!: string;
  nameEn!: string | null;
  /** Published venues in the city. */
  @ApiProperty({ type: 'integer', minimum: 1 })
  venues!: number;
  /** The smallest area holding all of them: where the map opens. */
  bounds!: Bounds;
}
