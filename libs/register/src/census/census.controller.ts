import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { download, pendingUpload, RateLimit } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ExportQueryDto, ImportQueryDto, TemplateQueryDto } from './census.dto';
import { CensusService } from './census.service';

@ApiTags('census')
@Controller('census')
export class CensusController {
  constructor(private readonly census: CensusService) {}

  @Public()
  @Get('template')
  async template(@Query() query: TemplateQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    download(reply, query.format, 'kepu-census-template');
    return this.census.template(query.format);
  }

  /**
   * Dry run (`?dryRun=1`) reports every bad row; a commit imports all rows or none (422 with the
   * report). The file is read only after the caller is known to be an administrator.
   */
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @Post('import')
  @RateLimit({ account: 10, ip: 60 })
  @HttpCode(200)
  import(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ) {
    return this.census.import(actor, pendingUpload(request, 'census'), query.dryRun, correlationId);
  }

  /** The published register of a region as open data: no personal data. */
  @ApiBearerAuth()
  @Get('export')
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
