import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from '@kepu/schedule';

/** `GET /resources/{id}/check-in-pack`: which day. */
export class CheckInPackQueryDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'Today (the default) or tomorrow, in Shanghai' })
  @IsOptional()
  @IsLocalDate()
  date?: string;
}
