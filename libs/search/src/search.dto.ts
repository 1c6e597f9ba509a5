import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, QueryFlag, RULE_TEXT } from '@kepu/core';
import { VOCABULARIES } from '@kepu/register';
import { CONCESSION_FILTERS, ConcessionFilter } from './search-document';

const codes = (terms: object) => Object.keys(terms);
const CONCESSIONS = codes(CONCESSION_FILTERS);

/**
 * Degrees to six decimals (about 10 cm): all a map needs, and never a number Postgres cannot read
 * (5e-324 underflows) or a filter expression would have to write with an exponent.
 */
export const roundDegrees = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
const RoundDegrees = () => Transform(({ value }) => (typeof value === 'number' ? roundDegrees(value) : value));
/** `?q=`: what a person typed into a search box, in any of the forms the indexes understand. */
export const SearchText = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'Chinese, pinyin (full or initials) or English; typos tolerated',
      maxLength: 200,
    }),
    IsOptional(),
    // Full-width letters and spaces from a Chinese keyboard read as the half-width ones; one answer
    // (and one cache entry) however the words were spaced.
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, ' ').trim() : value,
    ),
    IsString(),
    MaxLength(200),
  );

export const SEARCH_SORTS = ['relevance', 'distance', 'name'] as const;

/** The filters search and the map share: text, facets and geo. */
export class SearchFiltersDto {
  @SearchText()
  q?: string;

  @ApiPropertyOptional({
    example: '440305',
    maxLength: 15,
    description: 'A region code: that region and everything below it',
  })
  @IsOptional()
  @Matches(/^[0-9]{6}(-[A-Z]{2,8})?$/, { message: 'district must be a region code', context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: codes(VOCABULARIES.resourceTypes) })
  @IsOptional()
  @IsIn(codes(VOCABULARIES.resourceTypes))
  type?: string;

  @ApiPropertyOptional({ enum: codes(VOCABULARIES.themes) })
  @IsOptional()
  @IsIn(codes(VOCABULARIES.themes))
  theme?: string;

  @ApiPropertyOptional({ enum: codes(VOCABULARIES.audiences) })
  @IsOptional()
  @IsIn(codes(VOCABULARIES.audiences))
  audience?: string;

  @ApiPropertyOptional({ enum: codes(VOCABULARIES.accessibility) })
  @IsOptional()
  @IsIn(codes(VOCABULARIES.accessibility))
  accessibility?: string;

  @ApiPropertyOptional({ enum: codes(VOCABULARIES.accreditationLevels) })
  @IsOptional()
  @IsIn(codes(VOCABULARIES.accreditationLevels))
  accreditation?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  free?: boolean;

  @ApiPropertyOptional({ description: 'Only resources with a bookable offering' })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  bookable?: boolean;

  @ApiPropertyOptional({
    description:
      "Only resources open (true) or closed (false) on today's date in Shanghai, from their hours and the holiday calendar",
  })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  openToday?: boolean;

  @ApiPropertyOptional({
    enum: CONCESSIONS,
    isArray: true,
    maxItems: CONCESSIONS.length,
    description: 'Repeated or comma-separated; every one given must apply. Free admission meets them all.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(CONCESSIONS.length)
  @IsIn(CONCESSIONS, { each: true })
  concession?: ConcessionFilter[];

  @ApiPropertyOptional({
    description:
      'Search `q` word for word: without it a query that is only a district and/or a kind of venue ("南山 科技馆") becomes those filters (the answer\'s `understood`)',
  })
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  asTyped?: boolean;

  @ApiPropertyOptional({ example: 22.54 })
  @IsOptional()
  @Type(() => Number)
  @RoundDegrees()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional({ example: 113.93 })
  @IsOptional()
  @Type(() => Number)
  @RoundDegrees()
  @IsNumber()
  @Min(-180)
  @Max(180)
  lng?: number;

  @ApiPropertyOptional({ example: 5, description: 'With lat and lng' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.1)
  @Max(500)
  radiusKm?: number;

  @ApiPropertyOptional({ example: '113.85,22.48,114.05,22.60', description: 'minLng,minLat,maxLng,maxLat (WGS-84)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  bbox?: string;
}

export class SearchQueryDto extends IntersectionType(SearchFiltersDto, PageQueryDto) {
  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: (typeof SEARCH_SORTS)[number] = 'relevance';

  @ApiPropertyOptional({
    example: '440300',
    maxLength: 6,
    description:
      "The visitor's city, a region code: filters nothing; when `q` finds nothing, the answer's `suggestions` are looked for there (unless `district` is given)",
  })
  @IsOptional()
  @Matches(/^[0-9]{6}$/, {
    message: 'city must be a region code',
    context: { zh: '请选择一个城市', en: 'Choose a city from the list' },
  })
  city?: string;
}

export class SuggestQueryDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  q!: string;
}
