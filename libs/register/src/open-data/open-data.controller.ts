import { applyDecorators, Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiFileAnswer, RateLimit } from '@kepu/core';
import { Public } from '@kepu/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OpenDataService } from './open-data.service';
import { OpenDataFeatureCollection, OpenDataIndex } from './open-data.views';

/** Downloads are cached files, but a script looping on them should not hog a worker. */
const READS_PER_MINUTE = { ip: 120 };

const VALIDATORS = {
  ETag: { description: 'Changes whenever the published register changes', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the published register last changed', schema: { type: 'string' } },
  Link: { description: 'The licence: `<url>; rel="license"`', schema: { type: 'string' } },
};

const HEADER = { type: 'string', maxLength: 200 } as const;

/** Conditional requests: a caller's current copy answers 304 with no body. */
const Conditional = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'An ETag from an earlier answer',
      schema: HEADER,
    }),
    ApiHeader({
      name: 'If-Modified-Since',
      required: false,
      description: 'A Last-Modified from an earlier answer',
      schema: HEADER,
    }),
    ApiResponse({ status: 304, description: 'Unchanged since the ETag or date given', headers: VALIDATORS }),
  );

@ApiTags('open data')
@Public()
@RateLimit(READS_PER_MINUTE)
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  /** The open-data index: datasets, licence, formats with their URLs, record counts and columns (docs/open-data.md). */
  @Get()
  @ApiOkResponse({ type: OpenDataIndex, headers: VALIDATORS })
  @Conditional()
  index(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.openData.index(request, reply);
  }

  /** Every published resource as CSV (UTF-8 with BOM; formula-safe cells), no personal data. */
  @Get('resources.csv')
  @ApiFileAnswer('The register as CSV; headers in Chinese (the index describes each column)', ['csv'])
  @Conditional()
  csv(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.openData.file('csv', request, reply);
  }

  /** Every published resource as XLSX (a 说明 sheet names the licence and the columns), no personal data. */
  @Get('resources.xlsx')
  @ApiFileAnswer('The register as an XLSX workbook', ['xlsx'])
  @Conditional()
  xlsx(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.openData.file('xlsx', request, reply);
  }

  /** Every published resource as GeoJSON (RFC 7946, WGS-84), with the licence, no personal data. */
  @Get('resources.geojson')
  @ApiExtraModels(OpenDataFeatureCollection)
  @ApiFileAnswer('The register as GeoJSON', [], {
    'application/geo+json': { schema: { $ref: getSchemaPath(OpenDataFeatureCollection) } },
  })
  @Conditional()
  geojson(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.openData.file('geojson', request, reply);
  }
}
