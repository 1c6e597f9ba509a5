import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsLocalDate } from '@kepu/schedule';
import { REGION_CODE, RULE_TEXT } from '@kepu/core';
import { THEMES } from '@kepu/register';

/** `POST /campaigns/{id}/events`: an event offering of a venue the operator runs. */
export class AttachEventDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  offeringId!: string;

  @ApiPropertyOptional({
    enum: THEMES.codes,
    isArray: true,
    minItems: 1,
    maxItems: 10,
    description:
      "The campaign's themes it addresses; default: those the venue shares with the campaign, else all of them",
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(THEMES.codes, { each: true })
  themes?: string[];
}

/** `GET /campaigns/{id}/events`: a campaign's events, on a day, in a district, of a theme. */
export class CampaignEventsQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'events running on this day' })
  @IsOptional()
  @IsLocalDate()
  day?: string;

  @ApiPropertyOptional({ example: '440305', maxLength: 16, description: 'a region: venues in it or below it' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'district must be a region code', context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: THEMES.codes })
  @IsOptional()
  @IsIn(THEMES.codes)
  theme?: string;
}
