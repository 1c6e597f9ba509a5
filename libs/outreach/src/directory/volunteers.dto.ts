import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { NOT_BLANK, REGION_CODE, RULE_TEXT } from '@kepu/core';

/** `PUT /volunteers/me/profile`: what a volunteer says of themself (replaced whole). */
export class VolunteerProfileDto {
  @ApiProperty({ example: '李明', description: 'As on the ID: printed on the certificate of hours' })
  @IsString()
  @Length(2, 64)
  @Matches(NOT_BLANK, { message: 'realName must not be blank', context: RULE_TEXT.notBlank })
  realName!: string;

  @ApiProperty({ example: ['天文', '讲解'], maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 40 } })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'skills must not be blank', context: RULE_TEXT.notBlank })
  skills!: string[];

  @ApiProperty({
    example: ['440305'],
    description: 'The districts the volunteer can serve',
    maxItems: 50,
    items: { type: 'string', pattern: REGION_CODE.source, maxLength: 16 },
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(REGION_CODE, {
    each: true,
    message: 'each of districtCodes must be a region code',
    context: RULE_TEXT.regionCode,
  })
  districtCodes!: string[];
}

/** `POST /volunteers/{accountId}/hours`: hours an administrator adds by hand (a paper sign-in sheet, say). */
export class ManualHoursDto {
  @ApiProperty({ description: 'The volunteer team (organisation) the hours were served with' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ example: 120, minimum: 1, maximum: 1440 })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @ApiProperty({ example: '活动当天手机没电，按纸质签到表补录', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK, { message: 'reason must not be blank', context: RULE_TEXT.notBlank })
  reason!: string;

  @ApiPropertyOptional({ description: "One of the team's activities the hours belong to" })
  @IsOptional()
  @IsUUID()
  activityId?: string;
}
