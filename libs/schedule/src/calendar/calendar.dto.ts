import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NestedObjects } from '@kepu/core';
import { IsLocalDate } from '../local-date.validator';

/** `/calendar/:year`. */
export class CalendarYearParam {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2027-10-01' })
  @IsLocalDate()
  date!: string;

  @ApiProperty({ enum: ['holiday', 'workday'], description: 'workday: a make-up working day (调休)' })
  @IsIn(['holiday', 'workday'])
  kind!: 'holiday' | 'workday';

  @ApiProperty({ example: '国庆节' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  name!: string;
}

/** `PUT /calendar/:year`: the whole year, as the State Council's notice gives it. */
export class CalendarYearDto {
  @ApiPropertyOptional({ enum: ['official', 'provisional'], default: 'official' })
  @IsOptional()
  @IsIn(['official', 'provisional'])
  status?: 'official' | 'provisional';

  @ApiPropertyOptional({ example: '国务院办公厅关于2027年部分节假日安排的通知' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;

  @ApiProperty({ type: [CalendarDayDto] })
  @NestedObjects(() => CalendarDayDto)
  @ArrayMaxSize(120)
  days!: CalendarDayDto[];
}
