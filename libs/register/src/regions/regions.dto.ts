import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { RULE_TEXT } from '@kepu/core';

export const REGION_LEVELS = ['province', 'city', 'district', 'functional_area'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export class CreateRegionDto {
  @ApiProperty({
    example: '110108',
    description: 'GB/T 2260 code, or parent code + "-" + letters for a functional area',
  })
  @Matches(/^[0-9]{6}(-[A-Z]{2,8})?$/, {
    message: 'code must be 6 digits, optionally followed by -LETTERS',
    context: RULE_TEXT.regionCode,
  })
  @MaxLength(15)
  code!: string;

  @ApiProperty({ example: '海淀区' })
  @IsString()
  @Length(1, 64)
  @Matches(/\S/, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiPropertyOptional({ example: 'Haidian' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  nameEn?: string;

  @ApiProperty({ enum: REGION_LEVELS })
  @IsIn(REGION_LEVELS)
  level!: RegionLevel;

  @ApiPropertyOptional({ example: '110100', description: 'Required except for a province' })
  @IsOptional()
  @IsString()
  @MaxLength(15)
  parentCode?: string;

  @ApiPropertyOptional({
    enum: [1, 2],
    description: '1: the district decides; 2: district, then city. Unset: inherited',
  })
  @IsOptional()
  @IsInt()
  @IsIn([1, 2])
  reviewLevels?: 1 | 2;
}

export class UpdateRegionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(/\S/, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  nameEn?: string;

  @ApiPropertyOptional({ enum: [1, 2], nullable: true, description: 'null: inherit from the parent region' })
  @IsOptional()
  @IsIn([1, 2, null])
  reviewLevels?: 1 | 2 | null;
}
