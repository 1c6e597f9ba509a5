import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsLocalDate } from '@kepu/schedule';
import { trim } from '../bookings/bookings.dto';

/** `GET /resources/{id}/check-in-pack`: which day. */
export class CheckInPackQueryDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'Today (the default) or tomorrow, in Shanghai' })
  @IsOptional()
  @IsLocalDate()
  date?: string;
}

/** `GET /resources/{id}/check-in-lookup`: the number a visitor at the gate gives instead of a code. */
export class GateLookupQueryDto {
  /** The contact phone's last four or more digits, or a visitor's whole document number. */
  @ApiProperty({ example: '13800138000' })
  @Transform(trim)
  @IsString()
  @Length(4, 40)
  @Matches(/^[0-9A-Za-z]+$/, {
    context: {
      zh: '请填写手机号（至少后 4 位）或完整的证件号码，只含数字和字母',
      en: 'Enter the mobile number (its last 4 digits at least) or the whole document number: digits and letters only',
    },
  })
  q!: string;
}
