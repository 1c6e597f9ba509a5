import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { ResourceView } from '../resources/resources.views';
import { MergeDto } from './duplicates.dto';
import { DuplicatesService } from './duplicates.service';
import { ResourceDuplicates } from './duplicates.views';

/** Duplicates resolved: administrators of a resource's region compare, dismiss and merge (docs/register.md). */
@ApiTags('resources')
@ApiBearerAuth()
@Controller('resources')
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  /** The resource beside its possible duplicates (same name, same sound or within 100 m), those dismissed left out. */
  @Get(':id/duplicates')
  list(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<ResourceDuplicates> {
    return this.duplicates.list(actor, id);
  }

  /** Marks the pair as not duplicates: it is not offered again, in either order. */
  @Post(':id/duplicates/:otherId/dismiss')
  @HttpCode(200)
  @ApiErrors(RegisterErrors.SAME_RESOURCE)
  dismiss(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('otherId') otherId: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceDuplicates> {
    return this.duplicates.dismiss(actor, id, otherId, correlationId);
  }

  /** Merges the resource into another, which it then redirects to; its history, offerings, bookings and figures follow. */
  @Post(':id/merge')
  @HttpCode(200)
  @ApiErrors(
    CoreErrors.REASON_REQUIRED,
    RegisterErrors.SAME_RESOURCE,
    RegisterErrors.INVALID_TRANSITION,
    RegisterErrors.MERGE_TARGET_CLOSED,
    RegisterErrors.MERGE_BLOCKED_BY_BOOKINGS,
  )
  merge(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: MergeDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceView> {
    return this.duplicates.merge(actor, id, body, correlationId);
  }
}
