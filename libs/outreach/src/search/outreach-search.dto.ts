import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto, RULE_TEXT } from '@kepu/core';
import { THEMES } from '@kepu/register';
import { SearchText } from '@kepu/search';
import { ACTIVITY_FORMATS, ActivityFormat } from '../menu/menu-item.entity';
import { OUTREACH_KINDS, OutreachKind } from './outreach-entries';

export const OUTREACH_SORTS = ['relevance', 'name', 'rating'] as const;

/** `GET /outreach/search`: menu items and experts by text, kind, district, theme and format. */
export class OutreachSearchDto extends PageQueryDto {
  @SearchText()
  q?: string;

  @ApiPropertyOptional({ enum: OUTREACH_KINDS, description: 'Only menu items, or only experts' })
  @IsOptional()
  @IsIn(OUTREACH_KINDS)
  kind?: OutreachKind;

  @ApiPropertyOptional({
    example: '440305',
    maxLength: 16,
    description: 'A region code: entries serving that region or a district below it',
  })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,16}$/, { message: 'district must be a region code', context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: THEMES.codes, description: "A menu item's theme or an expert's field" })
  @IsOptional()
  @IsIn(THEMES.codes)
  theme?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_FORMATS, description: 'Menu items of this format (experts have none)' })
  @IsOptional()
  @IsIn(ACTIVITY_FORMATS)
  format?: ActivityFormat;

  @ApiPropertyOptional({
    enum: OUTREACH_SORTS,
    default: 'relevance',
    description: 'relevance (by name without `q`), name (pinyin order) or rating (best-rated items first)',
  })
  @IsOptional()
  @IsIn(OUTREACH_SORTS)
  sort: (typeof OUTREACH_SORTS)[number] = 'relevance';
}
