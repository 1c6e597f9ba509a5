import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, CoreErrors, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { annualServiceTable } from './annual-service-tables';
import { AnnualServiceQueryDto, PutServiceCriteriaDto, ServiceCriteriaQueryDto } from './service-criteria.dto';
import { ServiceCriteriaService } from './service-criteria.service';
import { AnnualServiceReport, ServiceCriteriaView } from './service-criteria.views';
import { answer, FiguresOrFile } from './stats.controller';
import { StatsErrors } from './stats-errors';

/** Science bases' yearly service against their region's criteria (docs/register.md). */
@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class ServiceCriteriaController {
  constructor(private readonly service: ServiceCriteriaService) {}

  /** The yearly minimum of open days and visitors per resource type in a region, and the region each rule comes from. */
  @Get('service-criteria')
  @ApiErrors(CoreErrors.UNKNOWN_REGION)
  criteria(@CurrentActor() actor: Actor, @Query() query: ServiceCriteriaQueryDto): Promise<ServiceCriteriaView> {
    return this.service.criteria(actor, query);
  }

  /** Sets a region's own criteria (all of them; a type left out inherits from the region above). */
  @Put('service-criteria/:regionCode')
  @ApiParam({ name: 'regionCode', schema: { type: 'string', maxLength: 15, example: '440307' } })
  @ApiErrors(CoreErrors.UNKNOWN_REGION)
  setCriteria(
    @CurrentActor() actor: Actor,
    @Param('regionCode') regionCode: string,
    @Body() body: PutServiceCriteriaDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ServiceCriteriaView> {
    return this.service.setCriteria(actor, regionCode, body, correlationId);
  }

  /** Each science base's open days and visitors in a year against its criteria, those below first. */
  @Get('annual-service')
  @FiguresOrFile(AnnualServiceReport)
  @ApiErrors(CoreErrors.UNKNOWN_REGION, StatsErrors.YEAR_NOT_BEGUN)
  async annual(
    @CurrentActor() actor: Actor,
    @Query() query: AnnualServiceQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AnnualServiceReport | Buffer> {
    const report = await this.service.annual(actor, query);
    const name = `annual-service-${report.region.code}-${report.year}`;
    return answer(report, (r) => [annualServiceTable(r)], { format: query.format }, reply, name);
  }
}
