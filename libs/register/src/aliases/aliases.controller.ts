import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { ResourceAliasesDto } from './aliases.dto';
import { ResourceAliases } from './aliases.service';
import { ResourceAliasesView } from './aliases.views';

/** Short names search also finds a resource by; its region's administrators keep them (docs/search.md). */
@ApiTags('resources')
@ApiBearerAuth()
@Controller('resources')
export class AliasesController {
  constructor(private readonly aliases: ResourceAliases) {}

  /** A resource's aliases: public like the resource itself. */
  @Public()
  @Get(':id/aliases')
  get(@CurrentActor() actor: Actor | undefined, @IdParam('id') id: string): Promise<ResourceAliasesView> {
    return this.aliases.get(actor, id);
  }

  /** Replaces a resource's aliases (at most 20, 1–40 characters each); search has them at once. */
  @Put(':id/aliases')
  @ApiErrors(RegisterErrors.ALIAS_SAME_AS_NAME)
  replace(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ResourceAliasesDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ResourceAliasesView> {
    return this.aliases.replace(actor, id, body, correlationId);
  }
}
