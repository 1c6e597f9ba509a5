import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiFileAnswer,
  download,
  pendingUpload,
  RateLimit,
  SHEET_UPLOAD_ERRORS,
  CorrelationId,
} from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ExportQueryDto, ImportQueryDto, TemplateQueryDto } from './census.dto';
import { CensusService } from './census.service';
import { CensusFeatureCollection, ImportReport } from './census.views';
import { RegisterErrors } from '../register-errors';

@ApiTags('census')
@ApiExtraModels(CensusFeatureCollection)
@Controller('census')
export class CensusController {
  constructor(private readonly census: CensusService) {}

  /** The import template: the sheet's headers, and (xlsx) a guide to the columns and codes. */
  @Public()
  @Get('template')
  @ApiFileAnswer('The template, as `format` asks', ['xlsx', 'csv'])
  async template(@Query() query: TemplateQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    download(reply, query.format, 'kepu-census-template');
    return this.census.template(query.format);
  }

  /** Imports a census sheet, all rows or none; a dry run (`dryRun=1`) reports every bad row and changes nothing. */
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @Post('import')
  @RateLimit({ account: 10, ip: 60 })
  @HttpCode(200)
  @ApiErrors(...SHEET_UPLOAD_ERRORS, RegisterErrors.IMPORT_HEADERS_INVALID, RegisterErrors.IMPORT_HAS_ERRORS)
  import(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ): Promise<ImportReport> {
    // The file is read only after the caller is known to be an administrator.
    return this.census.import(actor, pendingUpload(request, 'census'), query.dryRun, correlationId);
  }

  /** The published register of a region as open data: no personal data. */
  @ApiBearerAuth()
  @Get('export')
  @ApiFileAnswer('The register, as `format` asks', ['csv', 'xlsx'], {
    'application/geo+json': { schema: { $ref: getSchemaPath(CensusFeatureCollection) } },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.census.export(actor, query.region, query.format);
    download(reply, query.format, `kepu-register-${query.region}`);
    return file;
  }
}
