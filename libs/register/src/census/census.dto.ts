import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryFlag } from '@kepu/core';

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    type: 'boolean',
    description: '1: check every row and report, change nothing',
    default: false,
  })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  dryRun = false;
}

export class ExportQueryDto {
  @ApiProperty({ example: '440305', description: 'Region code: this region and everything below it' })
  @IsString()
  @MaxLength(16)
  region!: string;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx', 'geojson'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx', 'geojson'])
  format: 'csv' | 'xlsx' | 'geojson' = 'csv';
}
