import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { YearQuery, RULE_TEXT } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';

/** Who and when: a region (administrators) or one venue, and a period of Beijing dates. */
export class StatsQueryDto {
  @ApiPropertyOptional({
    example: '440305',
    maxLength: 15,
    description:
      'default: the administrator’s own region (the first one); for the system administrator, the city with most published venues',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{6}(-[A-Z]{2,8})?$/, { context: RULE_TEXT.regionCode })
  region?: string;

  @ApiPropertyOptional({ description: 'one venue (its operators, or administrators of its region)' })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @ApiPropertyOptional({
    example: '2026-10-01',
    format: 'date',
    maxLength: 10,
    description: 'default: the first day of this quarter',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    format: 'date',
    maxLength: 10,
    description: 'default: the last day of this quarter',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], description: 'download the tables as a file' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export class SeriesQueryDto extends StatsQueryDto {
  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'day' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  interval: 'day' | 'week' | 'month' = 'day';
}

export class PublicStatsQueryDto {
  @ApiPropertyOptional({
    example: '440300',
    maxLength: 15,
    description: 'a city (from `GET /regions/cities`) or any region; default: the city with most published venues',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{6}(-[A-Z]{2,8})?$/, { context: RULE_TEXT.regionCode })
  region?: string;

  @YearQuery('default: this year')
  year?: number;
}
