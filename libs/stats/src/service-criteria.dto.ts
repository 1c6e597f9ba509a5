import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { NestedObjects, YearQuery, RULE_TEXT } from '@kepu/core';
import { VOCABULARIES } from '@kepu/register';

const RESOURCE_TYPE_CODES = Object.keys(VOCABULARIES.resourceTypes);
/** A year has at most 366 days; no base serves ten million visitors a year. */
export const MAX_OPEN_DAYS = 366;
export const MAX_VISITORS = 10_000_000;

/** A region code as the regions table keeps them (GB/T 2260, or a functional area such as 440300-DP). */
const REGION_CODE = /^[0-9]{6}(-[A-Z]{2,8})?$/;

export class ServiceCriteriaQueryDto {
  @ApiPropertyOptional({ example: '440307', maxLength: 15, description: 'default: the administrator’s own region' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE, { context: RULE_TEXT.regionCode })
  region?: string;
}

/** A region and a year; the year defaults to the last complete one (Beijing time). */
export class AnnualServiceQueryDto extends ServiceCriteriaQueryDto {
  @YearQuery('default: last year; this year gives the figures so far')
  year?: number;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], description: 'download the table as a file' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

/** One rule of a region: the minimum a base of this type must reach in a year. */
export class ServiceCriterionDto {
  @ApiProperty({ enum: RESOURCE_TYPE_CODES, example: 'research_facility' })
  @IsIn(RESOURCE_TYPE_CODES)
  resourceType!: string;

  @ApiProperty({ example: 20, minimum: 0, maximum: MAX_OPEN_DAYS })
  @IsInt()
  @Min(0)
  @Max(MAX_OPEN_DAYS)
  minOpenDays!: number;

  @ApiProperty({ example: 800, minimum: 0, maximum: MAX_VISITORS })
  @IsInt()
  @Min(0)
  @Max(MAX_VISITORS)
  minVisitors!: number;
}

/** The region's own rules, all of them: a type left out inherits the rule of the region above. */
export class PutServiceCriteriaDto {
  @ApiProperty({ type: [ServiceCriterionDto], maxItems: RESOURCE_TYPE_CODES.length })
  @NestedObjects(() => ServiceCriterionDto)
  @ArrayMaxSize(RESOURCE_TYPE_CODES.length)
  @ArrayUnique((c: ServiceCriterionDto) => c?.resourceType)
  criteria!: ServiceCriterionDto[];
}
