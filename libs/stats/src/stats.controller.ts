import { applyDecorators, Controller, Get, Query, Res, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiFileAnswer, ApiErrors, CoreErrors, download, writeCsv, writeXlsx } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { PublicStatsQueryDto, SeriesQueryDto, StatsQueryDto } from './stats.dto';
import { StatsErrors } from './stats-errors';
import { StatsService } from './stats.service';
import { OutreachFiguresService } from './outreach-figures';
import { districtsTable, outreachTables, overviewTables, seriesTable, StatsTable, venuesTable } from './stats-tables';
import {
  DistrictStatsRow,
  OutreachFigures,
  PublicFigures,
  StatsOverview,
  StatsSeriesPoint,
  VenueStatsRow,
} from './stats.views';

/** JSON, or with `format` the same figures as a CSV (the first table) or an XLSX workbook (every table). */
export async function answer<T>(
  figures: T,
  tables: (figures: T) => StatsTable[],
  query: StatsQueryDto,
  reply: FastifyReply,
  name: string,
): Promise<T | Buffer> {
  if (!query.format) return figures;
  download(reply, query.format, `kepu-${name}-${query.from ?? ''}-${query.to ?? ''}`.replace(/-+$/, ''));
  return query.format === 'csv' ? writeCsv(tables(figures)[0].rows) : writeXlsx(tables(figures));
}

/** The answer of `answer`: the figures as JSON, or as a file with `format`. */
export function FiguresOrFile(model: Type, list = false): MethodDecorator {
  const json = list ? { type: 'array', items: { $ref: getSchemaPath(model) } } : { $ref: getSchemaPath(model) };
  return applyDecorators(
    ApiExtraModels(model),
    ApiFileAnswer(
      'JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table',
      ['csv', 'xlsx'],
      { 'application/json': { schema: json } },
    ),
  );
}

/** What a scoped query may be refused for, besides the common refusals. */
const SCOPE_ERRORS = [
  StatsErrors.PERIOD_INVERTED,
  StatsErrors.PERIOD_TOO_LONG,
  CoreErrors.UNKNOWN_REGION,
  // `resourceId` names no venue, or one the caller may not see.
  CoreErrors.NOT_FOUND,
];

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly outreach: OutreachFiguresService,
  ) {}

  /** Register, service and group-visit figures of a region, a venue or the caller's venues over a period. */
  @ApiBearerAuth()
  @Get('overview')
  @FiguresOrFile(StatsOverview)
  @ApiErrors(...SCOPE_ERRORS)
  async overview(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatsOverview | Buffer> {
    return answer(await this.stats.overview(actor, query), overviewTables, query, reply, 'overview');
  }

  /** Service figures per day, week or month of the period, oldest first. */
  @ApiBearerAuth()
  @Get('series')
  @FiguresOrFile(StatsSeriesPoint, true)
  @ApiErrors(...SCOPE_ERRORS)
  async series(
    @CurrentActor() actor: Actor,
    @Query() query: SeriesQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatsSeriesPoint[] | Buffer> {
    const points = await this.stats.series(actor, query, query.interval);
    return answer(points, (p) => [seriesTable(p)], query, reply, 'series');
  }

  /** Service figures per venue in scope, most people served first. */
  @ApiBearerAuth()
  @Get('venues')
  @FiguresOrFile(VenueStatsRow, true)
  @ApiErrors(...SCOPE_ERRORS)
  async venues(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VenueStatsRow[] | Buffer> {
    return answer(await this.stats.venues(actor, query), (rows) => [venuesTable(rows)], query, reply, 'venues');
  }

  /** Venues and people served per district of a region (administrators only). */
  @ApiBearerAuth()
  @Get('districts')
  @FiguresOrFile(DistrictStatsRow, true)
  @ApiErrors(...SCOPE_ERRORS)
  async districts(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DistrictStatsRow[] | Buffer> {
    const rows = await this.stats.districts(actor, query);
    return answer(rows, (r) => [districtsTable(r)], query, reply, 'districts');
  }

  /** Outreach of a region over a period: orders, time to take them, activities, people reached, volunteers' hours, ratings. */
  @ApiBearerAuth()
  @Get('outreach')
  @FiguresOrFile(OutreachFigures)
  @ApiErrors(...SCOPE_ERRORS)
  async outreachFigures(
    @CurrentActor() actor: Actor,
    @Query() query: StatsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutreachFigures | Buffer> {
    return answer(await this.outreach.figures(actor, query), outreachTables, query, reply, 'outreach');
  }

  /** The public account of a region's year: headline figures, no personal data. */
  @Public()
  @Get('public')
  @ApiErrors(CoreErrors.UNKNOWN_REGION)
  publicFigures(@Query() query: PublicStatsQueryDto): Promise<PublicFigures> {
    return this.stats.publicFigures(query.region, query.year);
  }
}
