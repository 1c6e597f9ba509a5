import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NestedObject, NestedObjects } from '@kepu/core';
import { IsLocalDate, IsLocalTime } from '../local-date.validator';

export class TimeRangeDto {
  @ApiProperty({ example: '09:30' })
  @IsLocalTime()
  open!: string;

  @ApiProperty({ example: '17:00' })
  @IsLocalTime()
  close!: string;
}

export class WeeklyRuleDto extends TimeRangeDto {
  @ApiProperty({
    description: 'ISO weekdays, 1 = Monday … 7 = Sunday',
    example: [2, 3, 4, 5, 6, 7],
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 7 },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days!: number[];
}

export class SeasonDto {
  @ApiPropertyOptional({ example: '暑期' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @ApiProperty({ example: '2027-07-01' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2027-08-31' })
  @IsLocalDate()
  to!: string;

  @ApiProperty({ type: [WeeklyRuleDto] })
  @NestedObjects(() => WeeklyRuleDto)
  @ArrayMaxSize(50)
  weekly!: WeeklyRuleDto[];
}

export class HoursExceptionDto {
  @ApiProperty({ example: '2026-12-31' })
  @IsLocalDate()
  date!: string;

  @ApiPropertyOptional({ description: 'true: closed all day' })
  @IsOptional()
  @IsBoolean()
  closed?: boolean;

  @ApiPropertyOptional({ example: '09:00' })
  @IsOptional()
  @IsLocalTime()
  open?: string;

  @ApiPropertyOptional({ example: '21:00' })
  @IsOptional()
  @IsLocalTime()
  close?: string;

  @ApiPropertyOptional({ example: '设备检修' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  note?: string;
}

/** `PUT /resources/:id/opening-hours`: the contract body (docs/api.md), with seasons and a fuller holiday policy. */
export class OpeningHoursDto {
  @ApiProperty({ type: [WeeklyRuleDto] })
  @NestedObjects(() => WeeklyRuleDto)
  @ArrayMaxSize(50)
  weekly!: WeeklyRuleDto[];

  @ApiPropertyOptional({ type: [SeasonDto] })
  @IsOptional()
  @NestedObjects(() => SeasonDto)
  @ArrayMaxSize(12)
  seasons?: SeasonDto[];

  @ApiProperty({ enum: ['open', 'closed'], description: 'open: open on public holidays even on the usual closed day' })
  @IsIn(['open', 'closed'])
  publicHolidays!: 'open' | 'closed';

  @ApiPropertyOptional({
    type: TimeRangeDto,
    description: 'hours on public holidays; default: the day’s own, else Sunday’s',
  })
  @IsOptional()
  @NestedObject(() => TimeRangeDto)
  holidayHours?: TimeRangeDto;

  @ApiPropertyOptional({
    enum: ['as_weekday', 'as_workday'],
    description: 'a make-up working day (调休) keeps its weekday’s hours, or opens as on a working day',
  })
  @IsOptional()
  @IsIn(['as_weekday', 'as_workday'])
  makeupWorkdays?: 'as_weekday' | 'as_workday';

  @ApiPropertyOptional({ type: [HoursExceptionDto] })
  @IsOptional()
  @NestedObjects(() => HoursExceptionDto)
  @ArrayMaxSize(366)
  exceptions?: HoursExceptionDto[];
}

/** What to do with slots that have bookings but fall outside the new hours or rules. */
export class AffectedSlotsQueryDto {
  @ApiPropertyOptional({ enum: ['keep', 'cancel'] })
  @IsOptional()
  @IsIn(['keep', 'cancel'])
  onAffectedSlots?: 'keep' | 'cancel';
}

export class DaysQueryDto {
  @ApiPropertyOptional({ description: 'how many days from today (Shanghai), 1–62; default 14' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(62)
  days?: number;
}
