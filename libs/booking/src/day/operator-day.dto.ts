import { IsOptional, IsUUID } from 'class-validator';

/** `GET /console/operator/today`: every venue of the caller's, or the one chosen. */
export class OperatorDayQueryDto {
  /** One venue of the caller's; left out: all of them. */
  @IsOptional()
  @IsUUID()
  resourceId?: string;
}
