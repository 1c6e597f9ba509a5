import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  Max,
  Min,
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { DOCUMENT_TYPES, DocumentType, NestedObjects, VALIDATOR_TEXT, RULE_TEXT } from '@kepu/core';

import { BOOKING_CHANNELS, BookingChannel, VISITOR_CATEGORIES, VisitorCategory } from './booking.entity';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A mainland mobile number (11 digits, 13x–19x), spaces around it ignored. */
export const IsMobilePhone = (field: string) =>
  applyDecorators(
    Transform(trim),
    IsString(),
    Matches(/^1[3-9]\d{9}$/, {
      message: `${field} must be a mainland mobile number (11 digits, 13x–19x)`,
      context: RULE_TEXT.mobilePhone,
    }),
    // What the plugin cannot read through this composite: the document's limits.
    ApiProperty({ pattern: '^1[3-9]\\d{9}$', maxLength: 11, example: '13800138000' }),
  );

/** A person's name: no control characters. */
export const IsPersonName = () =>
  applyDecorators(
    Transform(trim),
    IsString(),
    Length(1, 50),
    Matches(/^[^\p{C}]+$/u, { message: '$property must not contain control characters', context: RULE_TEXT.printable }),
    ApiProperty({ minLength: 1, maxLength: 50 }),
  );

export class VisitorDto {
  @IsPersonName()
  name!: string;

  /**
   * Mainland resident ID (18 characters): the same as `documentNumber` with `documentType` id_card.
   * A document is required for adults in real-name mode; its rules are checked in the service.
   */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  idNumber?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_TYPES, default: 'id_card' })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  documentType?: DocumentType;

  /** The document's number, checked by the rules of its kind (GB 11643 check characters where it has one). */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  documentNumber?: string;

  /** ISO 3166-1 alpha-3 code of the country that issued a passport; required with one. */
  @ValidateIf((visitor: VisitorDto) => visitor.documentType === 'passport' && visitor.documentNumber !== undefined)
  @IsString()
  @Matches(/^[A-Za-z]{3}$/, {
    message: 'documentCountry must be an ISO 3166-1 alpha-3 code such as GBR',
    context: RULE_TEXT.country,
  })
  @MaxLength(3)
  documentCountry?: string;

  @ApiProperty({ enum: VISITOR_CATEGORIES })
  @IsIn(VISITOR_CATEGORIES)
  category!: VisitorCategory;

  /**
   * One of the account's saved visitors (GET /saved-visitors): the booking takes their name and
   * document as kept, so the form needs no number; give no document with it.
   */
  @IsOptional()
  @IsUUID()
  savedVisitorId?: string;
}

/** `POST /saved-visitors`: a person as a booking names them, to keep for later bookings. */
export class SavedVisitorDto extends OmitType(VisitorDto, ['savedVisitorId'] as const) {}

export class CreateBookingDto {
  @IsUUID()
  slotId!: string;

  @NestedObjects(() => VisitorDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  visitors!: VisitorDto[];

  /**
   * Mainland mobile number; by default the account's own, once verified, else the one the account's
   * latest booking gave (GET /bookings/mine/contact-phone), proven then or not. Required with contactPhoneCode.
   */
  @ValidateIf((body: CreateBookingDto) => body.contactPhone != null || body.contactPhoneCode != null)
  @IsMobilePhone('contactPhone')
  contactPhone?: string;

  /** The code POST /auth/codes sent to contactPhone: proves the number, so booking news may be texted to it. */
  @IsOptional()
  @Matches(/^\d{6}$/, {
    message: 'contactPhoneCode must be the 6 digits sent to contactPhone',
    context: RULE_TEXT.smsCode,
  })
  @MaxLength(6)
  contactPhoneCode?: string;

  /**
   * `online` (default): the caller books for their own party. `counter` or `phone`: a venue's
   * operator books for someone at the counter or on the phone, who needs no account; the contact
   * phone is then optional and needs no code (its holder gave it to the venue).
   */
  @ApiPropertyOptional({ enum: BOOKING_CHANNELS, default: 'online' })
  @IsOptional()
  @IsIn(BOOKING_CHANNELS)
  channel?: BookingChannel;

  /** Join the waitlist when the slot is full, instead of being told SLOT_FULL. */
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
}

export class CancelBookingDto {
  /** Why the venue cancels, told to the visitor (for example 应游客来电要求); a visitor's own cancellation needs none. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\p{C}]+$/u, { message: 'reason must not contain control characters', context: RULE_TEXT.printable })
  reason?: string;
}

/** `POST /bookings/{id}/reschedule`: another time of the same offering for the same party. */
export class RescheduleBookingDto {
  /** The new slot: one of the booking's offering, open for booking, with room for the whole party. */
  @IsUUID()
  slotId!: string;
}

export class CheckInDto {
  /** The booking code as shown or scanned; spaces, hyphens and lower case are fine. */
  @IsString()
  @Length(10, 16)
  code!: string;

  /** For a school group: how many of the group came (default: all of it). */
  @ApiPropertyOptional({ example: 42 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2500)
  headcount?: number;

  /**
   * The check-in page's id for this device (random, kept on the device). A check-in sent again
   * from the device that made it is a repeat: answered with the booking, changing nothing.
   */
  @ApiPropertyOptional({ example: 'dev-3f9c2a7e51b04d6d9a1c' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'deviceId must be 8 to 64 letters, digits, - or _',
    context: RULE_TEXT.deviceId,
  })
  deviceId?: string;

  /**
   * When a check-in made without a network happened, sent when the network is back (ISO 8601 with
   * its offset). It must fall in the slot's check-in hours and not in the future; a booking another
   * device checked in meanwhile answers CHECKED_IN_ON_ANOTHER_DEVICE (docs/booking-rules.md, "Offline check-in").
   */
  @ApiPropertyOptional({ example: '2026-11-24T10:03:12+08:00', format: 'date-time' })
  @IsOptional()
  @MaxLength(40)
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, {
    message: 'checkedInAt must end with Z or an offset such as +08:00',
    context: VALIDATOR_TEXT.isIso8601,
  })
  checkedInAt?: string;
}
