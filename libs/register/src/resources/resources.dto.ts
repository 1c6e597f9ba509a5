import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto, QueryFlag } from '@kepu/core';
import { AUDIENCES, RESOURCE_TYPES, THEMES } from '../vocabulary';
import { RESOURCE_STATUSES, ResourceStatus } from './resource.entity';

export class ListResourcesDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Region code: this region and everything below it' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  region?: string;

  @ApiPropertyOptional({ enum: RESOURCE_TYPES.codes })
  @IsOptional()
  @IsIn(RESOURCE_TYPES.codes)
  type?: string;

  @ApiPropertyOptional({ enum: THEMES.codes })
  @IsOptional()
  @IsIn(THEMES.codes)
  theme?: string;

  @ApiPropertyOptional({ enum: AUDIENCES.codes })
  @IsOptional()
  @IsIn(AUDIENCES.codes)
  audience?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  free?: boolean;

  @ApiPropertyOptional({ description: "1: the operator's own organisations' resources, in every status" })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({
    enum: RESOURCE_STATUSES,
    description: 'Administrators: resources in this status in their regions',
  })
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;
}

export class CreateResourceQueryDto {
  @ApiPropertyOptional({ description: 'Only for operators of several organisations: which one lists it' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class ReviewDto {
  @ApiProperty({ enum: ['approve', 'reject', 'request_changes'] })
  @IsIn(['approve', 'reject', 'request_changes'])
  decision!: 'approve' | 'reject' | 'request_changes';

  @ApiPropertyOptional({ description: 'Required to reject or request changes' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ModerationDto {
  @ApiPropertyOptional({ description: 'Required to suspend or withdraw' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;
}

export class ExpiringQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: 60, minimum: 1, maximum: 366 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days = 60;
}
