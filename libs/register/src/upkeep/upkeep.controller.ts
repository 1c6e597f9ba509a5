import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, PageQueryDto, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { ResourceView } from '../resources/resources.views';
import { UpkeepService } from './upkeep.service';
import { StaleResourcePage } from './upkeep.views';

@ApiTags('resources')
@ApiBearerAuth()
@Controller('resources')
export class UpkeepController {
  constructor(private readonly upkeep: UpkeepService) {}

  /** Published resources in the administrator's regions nobody re-confirmed in time, longest unconfirmed first. */
  @Get('stale')
  stale(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<StaleResourcePage> {
    return this.upkeep.staleQueue(actor, query);
  }

  /** The venue's operator confirms its published details are unchanged: the yearly re-confirmation. */
  @Post(':id/confirm')
  @HttpCode(200)
  @ApiErrors(RegisterErrors.INVALID_TRANSITION, RegisterErrors.RESOURCE_UNDER_REVIEW)
  confirm(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.upkeep.confirm(actor, id, correlationId);
  }
}
