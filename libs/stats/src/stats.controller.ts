import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { download } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { writeCsv, writeXlsx } from '@kepu/core';
import { PublicStatsQueryDto, SeriesQueryDto, StatsQueryDto } from './stats.dto';
import { StatsService } from './stats.service';
import { districtsTable, overviewTables, seriesTable, StatsTable, venuesTable } from './stats-tables';

/** JSON, or with `format` the same figures as a CSV (the first table) or an XLSX workbook (every table). */
async function answer<T>(
  figures: T,
  tables: (figures: T) => StatsTable[],
  query: StatsQueryDto,
  reply: FastifyReply,
  name: string,
) {
  if (!query.format) return figures;
  download(reply, query.format, `kepu-${name}-${query.from ?? ''}-${query.to ?? ''}`.replace(/-+$/, ''));
  return query.format === 'csv' ? writeCsv(tables(figures)[0].rows) : writeXlsx(tables(figures));
}

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @ApiBearerAuth()
  @Get('overview')
  async overview(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(await this.stats.overview(actor, query), overviewTables, query, reply, 'overview');
  }

  @ApiBearerAuth()
  @Get('series')
  async series(
    @CurrentActor() actor: Actor,
    @Query() query: SeriesQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const points = await this.stats.series(actor, query, query.interval);
    return answer(points, (p) => [seriesTable(p)], query, reply, 'series');
  }

  @ApiBearerAuth()
  @Get('venues')
  async venues(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(await this.stats.venues(actor, query), (rows) => [venuesTable(rows)], query, reply, 'venues');
  }

  @ApiBearerAuth()
  @Get('districts')
  async districts(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const rows = await this.stats.districts(actor, query);
    return answer(rows, (r) => [districtsTable(r)], query, reply, 'districts');
  }

  /** The public account of a region's year: headline figures, no personal data. */
  @Public()
  @Get('public')
  publicFigures(@Query() query: PublicStatsQueryDto) {
    return this.stats.publicFigures(query.region, query.year);
  }
}
