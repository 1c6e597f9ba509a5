import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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
  MinLength,
} from 'class-validator';
import { IsLocalDate, IsLocalTime } from '../local-date.validator';
import { OFFERING_AUDIENCES, OFFERING_KINDS, OfferingAudience, OfferingKind } from './offering.entity';

export const MAX_CAPACITY = 100_000;

/** `POST /resources/:id/offerings`: the contract body (docs/api.md) plus the rules real venues use. */
export class OfferingDto {
  @ApiProperty({ example: '常设展厅参观' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title!: string;

  @ApiProperty({ enum: OFFERING_KINDS })
  @IsIn(OFFERING_KINDS)
  kind!: OfferingKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: OFFERING_AUDIENCES, default: 'both' })
  @IsOptional()
  @IsIn(OFFERING_AUDIENCES)
  audience?: OfferingAudience;

  @ApiProperty({ example: 60, description: 'slot length in minutes' })
  @IsInt()
  @Min(5)
  @Max(720)
  slotMinutes!: number;

  @ApiPropertyOptional({
    type: 'string',
    isArray: true,
    example: ['10:00', '14:30'],
    nullable: true,
    description: 'fixed start times; default (or null): slots tile the open hours',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(48)
  @IsLocalTime({ each: true })
  startTimes?: string[] | null;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    isArray: true,
    example: ['2027-09-18'],
    nullable: true,
    description:
      'the only days it runs (events: required; an event or a lab open day with start times runs on them even when the venue is closed); default (or null): every open day',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(366)
  @IsLocalDate({ each: true })
  dates?: string[] | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 7 },
    example: [6, 7],
    nullable: true,
    description:
      'the only ISO weekdays it runs (1 = Monday … 7 = Sunday) when no dates are given; default, null or all seven: every day',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[] | null;

  @ApiPropertyOptional({ example: '2027-01-01', nullable: true })
  @IsOptional()
  @IsLocalDate()
  validFrom?: string | null;

  @ApiPropertyOptional({ example: '2027-12-31', nullable: true })
  @IsOptional()
  @IsLocalDate()
  validTo?: string | null;

  @ApiProperty({ example: 200, description: 'places per slot for individual visitors' })
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity!: number;

  @ApiPropertyOptional({ example: 50, description: 'places per slot kept for school groups' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  groupCapacity?: number;

  @ApiPropertyOptional({ example: 7, default: 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  bookingOpensDaysAhead?: number;

  @ApiPropertyOptional({ example: '09:00', default: '09:00' })
  @IsOptional()
  @IsLocalTime()
  bookingOpensAt?: string;

  @ApiPropertyOptional({ example: 30, default: 30, description: 'booking closes this many minutes before the start' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  cutoffMinutes?: number;

  @ApiPropertyOptional({ example: 1, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  minPartySize?: number;

  @ApiPropertyOptional({ example: 5, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  maxPartySize?: number;

  @ApiPropertyOptional({ default: false, description: 'an ID number per visitor' })
  @IsOptional()
  @IsBoolean()
  realName?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    example: 6,
    nullable: true,
    description: 'youngest age on the day of the visit; null: none',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    example: 14,
    nullable: true,
    description: 'oldest age on the day of the visit; null: none',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  maxAge?: number | null;

  @ApiPropertyOptional({ example: 0, default: 0, description: 'price per person in fen (分); 0 is free' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priceFen?: number;

  @ApiPropertyOptional({
    example: 10,
    default: 0,
    description: 'per cent of each slot held back for counter and phone booking',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  counterShare?: number;

  @ApiPropertyOptional({
    example: 24,
    default: 24,
    description: 'hours before the slot when the held-back places go to online booking',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(168)
  counterReleaseHours?: number;

  @ApiPropertyOptional({ example: 15, default: 15, description: 'school groups: fewest students' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  groupMinStudents?: number;

  @ApiPropertyOptional({ example: 200, default: 200, description: 'school groups: most students' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  groupMaxStudents?: number;

  @ApiPropertyOptional({ example: 20, default: 20, description: 'school groups: one teacher per this many students' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  studentsPerTeacher?: number;

  @ApiPropertyOptional({ example: 10, default: 10, description: 'the same for preschool groups' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  preschoolStudentsPerTeacher?: number;

  @ApiPropertyOptional({ example: 3, default: 3, description: 'school groups request at least this many days ahead' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  groupLeadDays?: number;

  @ApiPropertyOptional({ example: 60, default: 60, description: '…and at most this many days ahead' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  groupOpensDaysAhead?: number;

  @ApiPropertyOptional({ example: 3, default: 3, description: 'approved school groups a day at the venue' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxGroupsPerDay?: number;
}

export class OfferingPatchDto extends PartialType(OfferingDto) {}

export class AvailabilityQueryDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'default: today (Shanghai)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'default: six days after from; at most 62 days in all' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
