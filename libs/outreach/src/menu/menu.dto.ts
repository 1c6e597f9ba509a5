import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NOT_BLANK, PageQueryDto, QueryFlag, REGION_CODE, RULE_TEXT } from '@kepu/core';
import { SearchQueryDto } from '@kepu/search';
import { ACTIVITY_FORMATS, ActivityFormat } from './menu-item.entity';
import { AUDIENCES, THEMES } from '@kepu/register';

/** Everything a menu item says: `PUT /outreach/menu/{id}` replaces it whole. */
export class MenuItemContentDto {
  @ApiProperty({ example: '趣味科学秀' })
  @IsString()
  @Length(1, 60)
  @Matches(NOT_BLANK, { message: 'title must not be blank', context: RULE_TEXT.notBlank })
  title!: string;

  @ApiProperty({ example: '用液氮、静电和声波做的科学表演，适合小学生和家庭观看。' })
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'summary must not be blank', context: RULE_TEXT.notBlank })
  summary!: string;

  @ApiProperty({ enum: ACTIVITY_FORMATS })
  @IsIn(ACTIVITY_FORMATS)
  format!: ActivityFormat;

  @ApiProperty({ enum: THEMES.codes, isArray: true, minItems: 1, maxItems: THEMES.codes.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(THEMES.codes.length)
  @ArrayUnique()
  @IsIn(THEMES.codes, { each: true })
  themes!: string[];

  @ApiProperty({ enum: AUDIENCES.codes, isArray: true, minItems: 1, maxItems: AUDIENCES.codes.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AUDIENCES.codes.length)
  @ArrayUnique()
  @IsIn(AUDIENCES.codes, { each: true })
  audiences!: string[];

  @ApiProperty({ example: 90 })
  @IsInt()
  @Min(15)
  @Max(1440)
  durationMinutes!: number;

  @ApiProperty({ example: 20 })
  @IsInt()
  @Min(1)
  @Max(5000)
  minPeople!: number;

  @ApiProperty({ example: 200, description: 'At least `minPeople`' })
  @IsInt()
  @Min(1)
  @Max(5000)
  maxPeople!: number;

  @ApiProperty({
    example: ['440305'],
    description: 'Districts or functional areas (region codes) the provider comes to',
    minItems: 1,
    maxItems: 50,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(16, { each: true })
  @Matches(REGION_CODE, {
    each: true,
    message: 'each of districtCodes must be a region code',
    context: RULE_TEXT.regionCode,
  })
  districtCodes!: string[];

  @ApiProperty({ example: 7, description: 'Days the provider needs between an order and the activity' })
  @IsInt()
  @Min(0)
  @Max(180)
  leadDays!: number;

  @ApiPropertyOptional({ example: '室内场地、投影仪', description: 'What the host must provide' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  hostEquipment?: string;

  @ApiPropertyOptional({ example: 0, default: 0, description: 'Price per activity in fen (0.01 yuan); 0 is free' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  feeFen?: number;
}

/** `POST /outreach/menu`: a new draft. */
export class MenuItemCreateDto extends MenuItemContentDto {
  @ApiPropertyOptional({ description: 'Only for operators of several organisations: which one provides it' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

/**
 * `GET /outreach/menu`: what the public looks for. `bbox`, written as the map's, keeps the items
 * whose provider's venue lies in the area ("search this area" on the map).
 */
export class MenuListDto extends IntersectionType(PageQueryDto, PickType(SearchQueryDto, ['bbox'] as const)) {
  @ApiPropertyOptional({ example: '440305', description: 'A district code: items whose provider comes there' })
  @IsOptional()
  @MaxLength(16)
  @Matches(REGION_CODE, { context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_FORMATS })
  @IsOptional()
  @IsIn(ACTIVITY_FORMATS)
  format?: ActivityFormat;

  @ApiPropertyOptional({ enum: THEMES.codes })
  @IsOptional()
  @IsIn(THEMES.codes)
  theme?: string;

  @ApiPropertyOptional({ enum: AUDIENCES.codes })
  @IsOptional()
  @IsIn(AUDIENCES.codes)
  audience?: string;

  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({ description: '1: free items only; 0: paid ones only' })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  free?: boolean;

  @ApiPropertyOptional({ description: 'Part of the title or summary' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

/** `GET /outreach/menu/mine`. */
export class MenuMineDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only for operators of several organisations: whose items' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

export const MENU_DECISIONS = ['approve', 'request_changes', 'reject'] as const;

/** `POST /outreach/menu/{id}/review`. */
export class MenuReviewDto {
  @ApiProperty({ enum: MENU_DECISIONS })
  @IsIn(MENU_DECISIONS)
  decision!: (typeof MENU_DECISIONS)[number];

  @ApiPropertyOptional({ description: 'Required to request changes or reject' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}
