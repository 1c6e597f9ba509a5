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
