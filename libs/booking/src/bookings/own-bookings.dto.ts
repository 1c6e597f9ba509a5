import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '@kepu/schedule';

/** `GET /bookings/mine/days`: the caller's bookings at one venue over a few days. */
export class HeldDaysQueryDto {
  /** The venue. */
  @IsUUID()
  resourceId!: string;

  @ApiPropertyOptional({ example: '2026-11-24', description: 'First visit day; default: today (Shanghai)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-07',
    description: 'Last visit day; default: 13 days after from (two weeks); at most 62 days in all',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
