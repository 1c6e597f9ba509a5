import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto, QueryFlag } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { IsMobilePhone, IsPersonName, trim } from '../bookings/bookings.dto';
import { GRADE_BANDS, GradeBand, GROUP_VISIT_STATUSES, GroupVisitStatus } from './group-visit.entity';
import { MAX_SPLIT_PARTS } from './group-rules';

/** Why a visit was rejected, declined or cancelled, or a note with a proposal (1–500 characters). */
const IsOptionalReason = () =>
  applyDecorators(
    IsOptional(),
    Transform(trim),
    IsString(),
    Length(1, 500),
    ApiPropertyOptional({ minLength: 1, maxLength: 500 }),
  );

/** One part of a class split across slots: its students and teachers, and the slot it asks for. */
export class GroupVisitPartDto {
  @ApiProperty({ example: 28 })
  @IsInt()
  @Min(1)
  @Max(2000)
  students!: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(500)
  teachers!: number;

  @IsUUID()
  slotId!: string;
}

/** `POST /group-visits`: a teacher asks a venue to take a class. */
export class GroupVisitRequestDto {
  @IsUUID()
  offeringId!: string;

  @ApiPropertyOptional({
    description: '1–3 slots of the offering, most wanted first; required unless the class is split into `parts`',
  })
  @ValidateIf((body: GroupVisitRequestDto) => body.parts === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  preferredSlotIds?: string[];

  @ApiPropertyOptional({
    type: [GroupVisitPartDto],
    minItems: 2,
    maxItems: MAX_SPLIT_PARTS,
    description:
      'A class larger than any one slot can take, split: each part asks for one slot (a different one each) and is ' +
      'decided on its own; together the parts hold `students` and `teachers`, each part enough teachers for its ' +
      'students. Give this or preferredSlotIds.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_SPLIT_PARTS)
  @ValidateNested({ each: true })
  @Type(() => GroupVisitPartDto)
  parts?: GroupVisitPartDto[];

  /** Needed only by a teacher of more than one school. */
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiProperty({ example: 42, description: 'the whole class' })
  @IsInt()
  @Min(1)
  @Max(2000)
  students!: number;

  @ApiProperty({
    example: 3,
    description: "the class's accompanying teachers: they take group places like the students",
  })
  @IsInt()
  @Min(1)
  @Max(500)
  teachers!: number;

  @ApiProperty({ enum: GRADE_BANDS })
  @IsIn(GRADE_BANDS)
  gradeBand!: GradeBand;

  @ApiPropertyOptional({ example: '四年级（2）班' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  className?: string;

  @ApiProperty({ example: '太空探索主题课' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  topic!: string;

  @ApiPropertyOptional({ example: '一名学生使用轮椅' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  needs?: string;

  @ApiProperty({ example: '王老师' })
  @IsPersonName()
  leaderName!: string;

  @ApiProperty({ example: '13800138000' })
  @IsMobilePhone('leaderPhone')
  leaderPhone!: string;
}

export const GROUP_DECISIONS = ['approve', 'reject', 'propose'] as const;

/** `POST /group-visits/:id/decision`: the venue approves into a preferred slot, rejects, or proposes another. */
export class GroupVisitDecisionDto {
  @ApiProperty({ enum: GROUP_DECISIONS })
  @IsIn(GROUP_DECISIONS)
  decision!: (typeof GROUP_DECISIONS)[number];

  @ApiPropertyOptional({
    description: 'approve: one of the preferred slots (default: the only one); propose: required',
  })
  @IsOptional()
  @IsUUID()
  slotId?: string;

  @ApiPropertyOptional({ description: 'required to reject; a note with a proposal' })
  @IsOptionalReason()
  reason?: string;
}

export class GroupVisitResponseDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  decision!: 'accept' | 'decline';

  @IsOptionalReason()
  reason?: string;
}

export class GroupVisitCancelDto {
  @IsOptionalReason()
  reason?: string;
}

/**
 * `POST /group-visits/:id/hand-over`: a teacher of the school hands an open visit to a colleague (or
 * takes it over). The former leader's name and phone never stay on the visit.
 */
export class GroupVisitHandOverDto {
  @ApiProperty({
    description: 'the new leader: a teacher of the same school, verified and active (GET /organisations/{id}/members)',
  })
  @IsUUID()
  accountId!: string;

  @ApiPropertyOptional({ example: '李老师', description: "default: the new leader's display name" })
  @IsOptional()
  @IsPersonName()
  leaderName?: string;

  @ApiPropertyOptional({
    example: '13800138000',
    description: "default: the new leader's verified phone, else none; texted only when it is that phone",
  })
  @IsOptional()
  @IsMobilePhone('leaderPhone')
  leaderPhone?: string;
}

export class GroupFeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class GroupVisitListDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: GROUP_VISIT_STATUSES,
    isArray: true,
    maxItems: GROUP_VISIT_STATUSES.length,
    description: 'comma-separated',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @IsIn(GROUP_VISIT_STATUSES, { each: true })
  status?: GroupVisitStatus[];

  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ description: 'visits (or first preferences) on or after this day' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @IsOptional()
  @IsLocalDate()
  to?: string;
}

export class NameListQueryDto {
  @ApiPropertyOptional({ description: 'check the file and report, change nothing' })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  dryRun?: boolean;
}

export class NameListTemplateDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}

export class AgreementDto {
  @IsUUID()
  resourceId!: string;

  @IsUUID()
  schoolId!: string;

  @ApiProperty({ example: '2026-09-01' })
  @IsLocalDate()
  startsOn!: string;

  @ApiProperty({ example: '2027-08-31', description: 'at most a year after startsOn' })
  @IsLocalDate()
  endsOn!: string;

  @ApiProperty({ example: 8 })
  @IsInt()
  @Min(1)
  @Max(1000)
  visitQuota!: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class AgreementListDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}
