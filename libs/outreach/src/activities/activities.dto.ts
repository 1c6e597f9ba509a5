import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, VALIDATOR_TEXT, RULE_TEXT } from '@kepu/core';

/** An instant with its offset, as the API writes them (`2026-05-01T09:30:00+08:00`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const NOT_BLANK = /\S/;

/** `POST /outreach/orders/{id}/schedule`: when the activity takes place and who leads it. */
export class ScheduleActivityDto {
  @ApiProperty({ example: '2026-05-01T09:30:00+08:00', description: 'ISO 8601 with an offset; in the future' })
  @IsISO8601({ strict: true })
  @MaxLength(29) // 2026-05-01T09:30:00.000+08:00 at the longest
  @Matches(INSTANT, { message: 'startsAt must be an ISO 8601 time with an offset', context: VALIDATOR_TEXT.isIso8601 })
  startsAt!: string;

  @ApiProperty({ example: '2026-05-01T11:00:00+08:00', description: 'After startsAt, at most a day later' })
  @IsISO8601({ strict: true })
  @MaxLength(29) // 2026-05-01T09:30:00.000+08:00 at the longest
  @Matches(INSTANT, { message: 'endsAt must be an ISO 8601 time with an offset', context: VALIDATOR_TEXT.isIso8601 })
  endsAt!: string;

  @ApiProperty({ description: "The account of one of the provider's operators or volunteers" })
  @IsUUID()
  leadId!: string;
}

/** `POST /outreach/orders/{id}/complete`: the people the activity reached (服务人次). */
export class CompleteActivityDto {
  @ApiProperty({ example: 120, minimum: 0, maximum: 100_000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  peopleReached!: number;
}

/** `POST /outreach/orders/{id}/rating`: the orderer's score, once. */
export class RateActivityDto {
  @ApiProperty({ example: 5, minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ example: '孩子们很喜欢，讲解很清楚。', minLength: 1, maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK, { message: 'comment must not be blank', context: RULE_TEXT.notBlank })
  comment?: string;
}

export const ACTIVITY_LIST_VIEWS = ['volunteer'] as const;

/** `GET /outreach/activities?view=volunteer`: the coming activities of the caller's teams. */
export class ActivityListDto extends PageQueryDto {
  @ApiProperty({ enum: ACTIVITY_LIST_VIEWS })
  @IsIn(ACTIVITY_LIST_VIEWS)
  view!: (typeof ACTIVITY_LIST_VIEWS)[number];
}

/** `POST /outreach/activities/{id}/sign-in` and `/sign-out`: the code the lead shows. */
export class SignCodeDto {
  @ApiProperty({ example: '042917', pattern: '^[0-9]{6}$' })
  @IsString()
  @Length(6, 6)
  @Matches(/^[0-9]{6}$/, { message: 'code must be 6 digits', context: RULE_TEXT.signCode })
  code!: string;
}
