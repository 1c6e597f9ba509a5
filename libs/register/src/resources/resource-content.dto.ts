import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NestedObject, NestedObjects, VALIDATOR_TEXT, RULE_TEXT } from '@kepu/core';
import {
  ACCESSIBILITY,
  ACCREDITATION_LEVELS,
  AUDIENCES,
  CONCESSION_GROUPS,
  CONCESSION_KINDS,
  EXHIBIT_CATEGORIES,
  RESOURCE_TYPES,
  THEMES,
} from '../vocabulary';

/** Mainland China's bounding box: a point outside it is a typing error, not a venue. */
export const CHINA_BOUNDS = { minLat: 3.8, maxLat: 53.6, minLng: 73.4, maxLng: 135.1 };
const NOT_BLANK = /\S/;
/** Landline (0755-12345678), 400/800 service numbers or a mobile number: a venue's public phone. */
export const PUBLIC_PHONE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|[48]00-?\d{3}-?\d{4}|1[3-9]\d{9})$/;

export class LocationDto {
  @ApiProperty({ example: 22.5431, description: 'WGS-84 latitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(CHINA_BOUNDS.minLat, { message: 'lat must lie within China (3.8–53.6)' })
  @Max(CHINA_BOUNDS.maxLat, { message: 'lat must lie within China (3.8–53.6)' })
  lat!: number;

  @ApiProperty({ example: 114.0579, description: 'WGS-84 longitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(CHINA_BOUNDS.minLng, { message: 'lng must lie within China (73.4–135.1)' })
  @Max(CHINA_BOUNDS.maxLng, { message: 'lng must lie within China (73.4–135.1)' })
  lng!: number;
}

export class PriceDto {
  @ApiProperty({ example: '成人票' })
  @IsString()
  @Length(1, 40)
  label!: string;

  @ApiProperty({ example: 3000, description: 'In fen (1 yuan = 100 fen)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  amountFen!: number;
}

export class ConcessionDto {
  @ApiProperty({ enum: CONCESSION_GROUPS.codes })
  @IsIn(CONCESSION_GROUPS.codes)
  group!: string;

  @ApiProperty({ enum: CONCESSION_KINDS.codes })
  @IsIn(CONCESSION_KINDS.codes)
  kind!: string;

  @ApiPropertyOptional({ example: '凭老年证' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  note?: string;
}

export class AdmissionDto {
  @ApiProperty()
  @IsBoolean()
  free!: boolean;

  @ApiProperty({ type: [PriceDto] })
  @NestedObjects(() => PriceDto)
  @ArrayMaxSize(20)
  prices: PriceDto[] = [];

  @ApiProperty({ type: [ConcessionDto] })
  @NestedObjects(() => ConcessionDto)
  @ArrayMaxSize(20)
  concessions: ConcessionDto[] = [];

  @ApiPropertyOptional({ example: '需提前预约' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ContactDto {
  @ApiPropertyOptional({ example: '0755-83281234' })
  @IsOptional()
  @Matches(PUBLIC_PHONE, {
    message: 'phone must be a landline, 400/800 or mobile number',
    context: RULE_TEXT.publicPhone,
  })
  @MaxLength(20)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class PhotoDto {
  @ApiProperty({ description: 'Id of an uploaded photo (POST /media)' })
  @IsUUID()
  mediaId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caption?: string;
}

export class AccreditationDto {
  @ApiPropertyOptional({ description: 'Kept across edits; assigned when missing' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '全国科普教育基地' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiProperty({ enum: ACCREDITATION_LEVELS.codes })
  @IsIn(ACCREDITATION_LEVELS.codes)
  level!: string;

  @ApiProperty({ example: 2021 })
  @IsInt()
  @Min(1950)
  @Max(2100)
  yearGranted!: number;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'expiresOn must be a date YYYY-MM-DD',
    context: VALIDATOR_TEXT.isLocalDate,
  })
  @MaxLength(10)
  expiresOn?: string;

  @ApiPropertyOptional({ description: 'Id of an uploaded evidence file (POST /media?purpose=evidence)' })
  @IsOptional()
  @IsUUID()
  evidenceId?: string;
}

export class ExhibitDto {
  @ApiPropertyOptional({ description: 'Kept across edits; assigned when missing' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '恐龙蛋化石' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiProperty({ enum: EXHIBIT_CATEGORIES.codes })
  @IsIn(EXHIBIT_CATEGORIES.codes)
  category!: string;

  @ApiProperty({ description: '通俗说明: a plain-language explanation', example: '这是一窝约七千万年前的恐龙蛋……' })
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'explanation must not be blank', context: RULE_TEXT.notBlank })
  explanation!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  photoId?: string;
}

/** Everything an organisation says about a resource: the content of one revision. */
export class ResourceContentDto {
  @ApiProperty({ example: '深圳市科学馆', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiPropertyOptional({ example: 'Shenzhen Science Museum' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string;

  @ApiProperty({ enum: RESOURCE_TYPES.codes })
  @IsIn(RESOURCE_TYPES.codes)
  type!: string;

  @ApiProperty({ example: '440304', description: 'A district (or functional area) of the region tree' })
  @IsString()
  @MaxLength(16)
  regionCode!: string;

  @ApiProperty({ example: '深圳市福田区上步中路1003号' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'address must not be blank', context: RULE_TEXT.notBlank })
  address!: string;

  @ApiProperty({ type: LocationDto })
  @NestedObject(() => LocationDto)
  location!: LocationDto;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ enum: THEMES.codes, isArray: true, maxItems: THEMES.codes.length })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(THEMES.codes, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ enum: AUDIENCES.codes, isArray: true, maxItems: AUDIENCES.codes.length })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(AUDIENCES.codes, { each: true })
  audiences?: string[];

  @ApiPropertyOptional({ enum: ACCESSIBILITY.codes, isArray: true, maxItems: ACCESSIBILITY.codes.length })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ACCESSIBILITY.codes, { each: true })
  accessibility?: string[];

  @ApiPropertyOptional({ type: AdmissionDto })
  @IsOptional()
  @NestedObject(() => AdmissionDto)
  admission?: AdmissionDto;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @NestedObject(() => ContactDto)
  contact?: ContactDto;

  @ApiPropertyOptional({ example: 'https://www.example.org.cn' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ example: '地铁1号线科学馆站D出口' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  transport?: string;

  @ApiPropertyOptional({ type: [PhotoDto] })
  @IsOptional()
  @NestedObjects(() => PhotoDto)
  @ArrayMaxSize(30)
  photos?: PhotoDto[];

  @ApiPropertyOptional({ type: [AccreditationDto] })
  @IsOptional()
  @NestedObjects(() => AccreditationDto)
  @ArrayMaxSize(30)
  accreditations?: AccreditationDto[];

  @ApiPropertyOptional({ type: [ExhibitDto] })
  @IsOptional()
  @NestedObjects(() => ExhibitDto)
  @ArrayMaxSize(200)
  exhibits?: ExhibitDto[];
}

/** A partial edit: fields left out keep their value; arrays and nested objects are replaced whole. */
export class ResourcePatchDto extends PartialType(ResourceContentDto) {}
