import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { RegisterErrors } from '../register-errors';
import { CreateRegionDto, UpdateRegionDto } from './regions.dto';
import { RegionsService } from './regions.service';
import { CityView, RegionView } from './regions.views';

/** A GB/T 2260 code (`440305`), or one with a functional area's letters (`440300-QH`). */
const REGION_CODE = { name: 'code', schema: { type: 'string', maxLength: 15, example: '440305' } } as const;

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** The whole region tree, each region after its parent. */
  @Public()
  @Get()
  list(): Promise<RegionView[]> {
    return this.regions.list();
  }

  /** Cities with published venues, most first, each with the area its venues cover (the figures page and the map). */
  @Public()
  @Get('cities')
  cities(): Promise<CityView[]> {
    return this.regions.cities();
  }

  /** One region. */
  @Public()
  @Get(':code')
  @ApiParam(REGION_CODE)
  get(@Param('code') code: string): Promise<RegionView> {
    return this.regions.get(code);
  }

  /** Adds a region: provinces and cities by the system administrator, districts by their city's administrators. */
  @ApiBearerAuth()
  @Post()
  @ApiErrors(RegisterErrors.REGION_PARENT_INVALID, RegisterErrors.REGION_EXISTS)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateRegionDto,
    @CorrelationId() correlationId?: string,
  ): Promise<RegionView> {
    return this.regions.create(actor, body, correlationId);
  }

  /** Renames a region or sets its review depth. */
  @ApiBearerAuth()
  @Patch(':code')
  @ApiParam(REGION_CODE)
  update(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Body() body: UpdateRegionDto,
    @CorrelationId() correlationId?: string,
  ): Promise<RegionView> {
    return this.regions.update(actor, code, body, correlationId);
  }
}
