import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { REGION_CODE, THEME_CODES } from '../campaign-input';

/** `GET /events/search`: events by text, campaign, district, theme and dates. */
export class EventSearchDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Chinese, pinyin (full or initials) or English; typos tolerated',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'events taking part in this published campaign' })
  @IsOptional()
  @IsUUID()
  campaign?: string;

  @ApiPropertyOptional({ example: '440305', maxLength: 16, description: 'a region: venues in it or below it' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'district must be a region code' })
  district?: string;

  @ApiPropertyOptional({ enum: THEME_CODES, description: "the venue's theme or one its campaigns name for the event" })
  @IsOptional()
  @IsIn(THEME_CODES)
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
