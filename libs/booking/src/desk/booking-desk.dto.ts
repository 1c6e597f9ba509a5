import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto, RULE_TEXT } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { trim } from '../bookings/bookings.dto';

/** The booking desk's list: a venue's bookings over a few days, optionally narrowed to one person. */
export class VenueBookingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'First visit day; default: today (Shanghai)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'Last visit day; default: six days after from; at most 31 days in all',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  /**
   * A booking code (hyphens and case ignored), part of a visitor's name, the last four or more
   * digits of the contact phone, or a visitor's whole document number.
   */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 40)
  @Matches(/^[^\p{C}]+$/u, { message: 'q must not contain control characters', context: RULE_TEXT.printable })
  q?: string;
}
