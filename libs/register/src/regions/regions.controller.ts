import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import { CreateRegionDto, UpdateRegionDto } from './regions.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Public()
  @Get()
  list() {
    return this.regions.list();
  }

  @Public()
  @Get(':code')
  get(@Param('code') code: string) {
    return this.regions.get(code);
  }

  @ApiBearerAuth()
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateRegionDto, @CorrelationId() correlationId?: string) {
    return this.regions.create(actor, body, correlationId);
  }

  @ApiBearerAuth()
  @Patch(':code')
  update(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Body() body: UpdateRegionDto,
    @CorrelationId() correlationId?: string,
  ) {
    return this.regions.update(actor, code, body, correlationId);
  }
}
