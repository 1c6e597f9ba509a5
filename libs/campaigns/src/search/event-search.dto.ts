import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto, REGION_CODE, RULE_TEXT } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { THEMES } from '@kepu/register';
import { SearchText } from '@kepu/search';

/** `GET /events/search`: events by text, campaign, district, theme and dates. */
export class EventSearchDto extends PageQueryDto {
  @SearchText()
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'events taking part in this published campaign' })
  @IsOptional()
  @IsUUID()
  campaign?: string;

  @ApiPropertyOptional({ example: '440305', maxLength: 16, description: 'a region: venues in it or below it' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'district must be a region code', context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: THEMES.codes, description: "the venue's theme or one its campaigns name for the event" })
  @IsOptional()
  @IsIn(THEMES.codes)
  theme?: string;

  @ApiPropertyOptional({ format: 'date', description: 'running on or after this day (Beijing date)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'running on or before this day (Beijing date)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
