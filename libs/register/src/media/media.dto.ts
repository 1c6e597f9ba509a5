import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { MediaPurpose } from './media.entity';

export class UploadQueryDto {
  @ApiPropertyOptional({ enum: ['photo', 'evidence'], default: 'photo' })
  @IsOptional()
  @IsIn(['photo', 'evidence'])
  purpose: MediaPurpose = 'photo';

  @ApiPropertyOptional({ description: 'Required for administrators and members of several organisations' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
