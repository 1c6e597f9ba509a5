import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UploadQueryDto } from './media.dto';
import { MediaService } from './media.service';
import { readUpload } from './upload';

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @Post()
  async upload(
    @CurrentActor() actor: Actor,
    @Query() query: UploadQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ) {
    const file = await readUpload(request);
    return this.media.upload(actor, { ...query, ...file }, correlationId);
  }

  @Public()
  @Get(':id')
  async read(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { media, body } = await this.media.read(actor, id);
    reply
      .header('Content-Type', media.contentType)
      .header('Cache-Control', media.purpose === 'photo' ? 'public, max-age=86400, immutable' : 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff');
    return body;
  }
}
