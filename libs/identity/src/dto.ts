import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from './password';
import { Role, ROLES } from './roles';

export class RegisterDto {
  @ApiProperty({ example: 'family@example.com', description: 'Email address or mainland mobile number' })
  @IsString()
  @MaxLength(254)
  login!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: '张女士' })
  @IsString()
  @Length(1, 64)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'family@demo.kepu' })
  @IsString()
  @MaxLength(254)
  login!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: 10 })
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
