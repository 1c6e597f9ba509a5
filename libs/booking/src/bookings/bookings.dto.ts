import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

import { VISITOR_CATEGORIES, VisitorCategory } from './booking.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class VisitorDto {
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  @Matches(/^[^\p{C}]+$/u, { message: 'name must not contain control characters' })
  name!: string;

  /** Mainland resident ID (18 characters); required for adults in real-name mode. Checked in the service (GB 11643). */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  idNumber?: string;

  @ApiProperty({ enum: VISITOR_CATEGORIES })
  @IsIn(VISITOR_CATEGORIES)
  category!: VisitorCategory;
}

export class CreateBookingDto {
  @IsUUID()
  slotId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VisitorDto)
  visitors!: VisitorDto[];

  /** Mainland mobile number. */
  @Transform(trim)
  @IsString()
  @Matches(/^1[3-9]\d{9}$/, { message: 'contactPhone must be a mainland mobile number (11 digits, 13x–19x)' })
  contactPhone!: string;

  /** Join the waitlist when the slot is full, instead of being told SLOT_FULL. */
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
}

export class CheckInDto {
  /** The booking code as shown or scanned; spaces, hyphens and lower case are fine. */
  @IsString()
  @Length(10, 16)
  code!: string;
}
