import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, QueryFlag, RULE_TEXT } from '@kepu/core';
import { Role } from '@kepu/identity';
import { PUBLIC_PHONE } from '../resources/resource-content.dto';
import { ORGANISATION_KINDS } from '../vocabulary';

export class CreateOrganisationDto {
  @ApiProperty({ example: '深圳市科学馆' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank', context: RULE_TEXT.notBlank })
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS.codes })
  @IsIn(ORGANISATION_KINDS.codes)
  kind!: string;

  @ApiProperty({ example: '12440304MB2C4K7H1J', description: 'Unified social credit code (GB 32100-2015)' })
  @IsString()
  @Length(18, 18, { message: 'creditCode must be 18 characters' })
  creditCode!: string;

  @ApiPropertyOptional({ example: '2144030412', description: "A school's 学校标识码 (10 digits, education authority)" })
  @IsOptional()
  @Matches(/^\d{10}$/, { message: 'schoolCode must be 10 digits', context: RULE_TEXT.schoolCode })
  @MaxLength(10)
  schoolCode?: string;

  @ApiProperty({ example: '440304' })
  @IsString()
  @MaxLength(16)
  regionCode!: string;

  @ApiPropertyOptional({ example: '李老师' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  contactName?: string;

  @ApiPropertyOptional({ example: '0755-83281234' })
  @IsOptional()
  @Matches(PUBLIC_PHONE, {
    message: 'contactPhone must be a landline, 400/800 or mobile number',
    context: RULE_TEXT.publicPhone,
  })
  @MaxLength(20)
  contactPhone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}

export class ListOrganisationsDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Region code: this region and everything below it' })
  @IsOptional()
  @IsString()
  @MaxLength(15)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryFlag()
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name or the credit code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class AddMemberDto {
  @ApiProperty({ example: 'staff@example.org', description: 'The login of an existing account' })
  @IsString()
  @MaxLength(254)
  login!: string;

  @ApiProperty({ enum: [Role.Operator, Role.School, Role.Community, Role.Volunteer] })
  @IsIn([Role.Operator, Role.School, Role.Community, Role.Volunteer])
  role!: Role.Operator | Role.School | Role.Community | Role.Volunteer;
}
