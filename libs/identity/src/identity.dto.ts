import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from './password';
import { Role, ROLES } from './roles';
import { RULE_TEXT } from '@kepu/core';

/** Six digits: anything else is refused before it reaches the code store. */
const CodeField = () => applyDecorators(IsString(), MaxLength(6), ApiProperty({ maxLength: 6 }));

export class SendCodeDto {
  @ApiProperty({ example: '13800138000', description: 'Mainland mobile number or e-mail address' })
  @IsString()
  @MaxLength(254)
  login!: string;
}

export class RegisterDto {
  @ApiProperty({ example: '13800138000', description: 'Mainland mobile number or e-mail address' })
  @IsString()
  @MaxLength(254)
  login!: string;

  @ApiProperty({ example: '123456', description: 'The code sent to the login by POST /auth/codes' })
  @CodeField()
  code!: string;

  @ApiPropertyOptional({
    minLength: 10,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Optional: a phone account may sign in by code alone',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiProperty({ example: '张女士' })
  @IsString()
  @Length(1, 64)
  @Matches(/\S/, { message: 'displayName must not be blank', context: RULE_TEXT.notBlank })
  displayName!: string;

  @ApiProperty({ example: '2026-12', description: 'The privacy policy version the person accepted' })
  @IsString()
  @MaxLength(16)
  privacyPolicyVersion!: string;
}

/** A fresh proof of the person: a code sent to their login, or their password. */
export class ProofDto {
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @CodeField()
  code?: string;

  @ApiPropertyOptional({ maxLength: PASSWORD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class LoginDto extends ProofDto {
  @ApiProperty({ example: 'family@demo.kepu' })
  @IsString()
  @MaxLength(254)
  login!: string;
}

export class VerifyDto {
  @ApiProperty({ example: '123456' })
  @CodeField()
  code!: string;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ example: '123456', description: 'Needed only while the account has not proven its login' })
  @IsOptional()
  @CodeField()
  code?: string;
}

export class PrivacyAcceptanceDto {
  @ApiProperty({ example: '2026-12' })
  @IsString()
  @MaxLength(16)
  version!: string;
}

export class SuspendDto {
  @ApiProperty({ example: '冒用他人身份预约' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'reason must not be blank', context: RULE_TEXT.notBlank })
  reason!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiPropertyOptional({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not needed for an account that has no password yet',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;

  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: '440305', description: 'For district_admin and city_admin' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  regionCode?: string;

  @ApiPropertyOptional({ description: 'For operator and school' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class LookupDto {
  @ApiProperty({ example: 'operator@demo.kepu' })
  @IsString()
  @MaxLength(254)
  login!: string;
}
