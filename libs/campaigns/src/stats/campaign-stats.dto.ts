import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class CampaignStatsQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], description: 'download the figures as a file' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}
