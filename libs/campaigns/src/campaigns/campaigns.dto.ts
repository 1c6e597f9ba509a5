import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { NOT_BLANK, PageQueryDto, REGION_CODE, YearQuery, RULE_TEXT } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { THEMES } from '@kepu/register';

/** A campaign as its administrators write it (create, and replace while not cancelled). */
export class CampaignDto {
  @ApiProperty({ example: '2026年全国科普日', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(NOT_BLANK, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'National Science Popularisation Day 2026',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameEn?: string | null;

  /** The first day (Beijing date). */
  @IsLocalDate()
  from!: string;

  /** The last day (Beijing date), at most 62 days after the first. */
  @IsLocalDate()
  to!: string;

  @ApiProperty({ enum: THEMES.codes, isArray: true, minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(THEMES.codes, { each: true })
  themes!: string[];

  @ApiProperty({
    example: ['440300'],
    items: { type: 'string', pattern: REGION_CODE.source, maxLength: 16 },
    minItems: 1,
    maxItems: 20,
    description: 'Cities or districts whose venues take part; all within the regions the caller administers',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(REGION_CODE, {
    each: true,
    message: 'each region code must be a region code',
    context: RULE_TEXT.regionCode,
  })
  regionCodes!: string[];

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** `GET /campaigns`: published campaigns, optionally of one year. */
export class CampaignListDto extends PageQueryDto {
  @YearQuery('campaigns running in this year')
  year?: number;
}
