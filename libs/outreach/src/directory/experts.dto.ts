import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NOT_BLANK, PageQueryDto, REGION_CODE, RULE_TEXT } from '@kepu/core';
import { EXPERT_LANGUAGE_CODES, ExpertLanguage } from './experts.views';
import { THEMES } from '@kepu/register';

/** `POST /experts` and `PUT /experts/me`: everything an application says (an edit replaces it whole). */
export class ExpertApplicationDto {
  @ApiProperty({ example: '李明' })
  @IsString()
  @Length(1, 64)
  @Matches(NOT_BLANK, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiProperty({ example: '研究员', description: '职称' })
  @IsString()
  @Length(1, 64)
  @Matches(NOT_BLANK, { message: 'title must not be blank', context: RULE_TEXT.notBlank })
  title!: string;

  @ApiProperty({ example: '中国科学院深圳先进技术研究院' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'organisationName must not be blank', context: RULE_TEXT.notBlank })
  organisationName!: string;

  @ApiProperty({ enum: THEMES.codes, isArray: true, minItems: 1, maxItems: 10, example: ['astronomy', 'physics'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(THEMES.codes, { each: true })
  fields!: string[];

  @ApiProperty({ example: '440305', description: 'Home district: its administrators review the application' })
  @MaxLength(16)
  @Matches(REGION_CODE, { message: 'regionCode must be a region code', context: RULE_TEXT.regionCode })
  regionCode!: string;

  @ApiProperty({
    example: ['440305', '440304'],
    description: 'Districts (region codes) the expert is willing to go to',
    minItems: 1,
    maxItems: 50,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(16, { each: true })
  @Matches(REGION_CODE, {
    each: true,
    message: 'each of districtCodes must be a region code',
    context: RULE_TEXT.regionCode,
  })
  districtCodes!: string[];

  @ApiProperty({ enum: EXPERT_LANGUAGE_CODES, isArray: true, maxItems: 10, example: ['zh', 'yue'] })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(EXPERT_LANGUAGE_CODES, { each: true })
  languages!: ExpertLanguage[];

  @ApiProperty({ example: '从事天体物理研究二十年，长期为中小学生开设天文科普讲座。' })
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'profile must not be blank', context: RULE_TEXT.notBlank })
  profile!: string;

  @ApiProperty({
    description:
      'Consent to a public profile (name, title, organisation, fields, districts, languages, profile) once approved; may be withdrawn at any time',
  })
  @IsBoolean()
  publicProfile!: boolean;
}

export const EXPERT_DECISIONS = ['approve', 'reject'] as const;

/** `POST /experts/{id}/review`. */
export class ExpertReviewDto {
  @ApiProperty({ enum: EXPERT_DECISIONS })
  @IsIn(EXPERT_DECISIONS)
  decision!: (typeof EXPERT_DECISIONS)[number];

  @ApiPropertyOptional({ description: 'Required to reject' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

/** `GET /experts`: what the public looks for. */
export class ExpertListDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: THEMES.codes })
  @IsOptional()
  @IsIn(THEMES.codes)
  field?: string;

  @ApiPropertyOptional({ example: '440305', description: 'A district code: experts willing to go there' })
  @IsOptional()
  @MaxLength(16)
  @Matches(REGION_CODE, { context: RULE_TEXT.regionCode })
  district?: string;

  @ApiPropertyOptional({ enum: EXPERT_LANGUAGE_CODES })
  @IsOptional()
  @IsIn(EXPERT_LANGUAGE_CODES)
  language?: ExpertLanguage;

  @ApiPropertyOptional({ description: 'Part of the name, title, organisation or profile' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}
