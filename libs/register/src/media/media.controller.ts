import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { AppError, IdParam } from '@kepu/core';
import { Actor, CorrelationId, CurrentActor, Public } from '@kepu/identity';
// The multipart plugin's request methods (registered in the API's app factory).
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RegisterErrors } from '../register-errors';
import { UploadQueryDto } from './media.dto';
import { MEDIA_MAX_BYTES, MediaService } from './media.service';

/** Reads the single `file` part of a multipart request, refusing a missing or oversized file. */
export async function readUpload(request: FastifyRequest): Promise<{ body: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw new AppError(RegisterErrors.FILE_REQUIRED);
  const part = await request.file({ limits: { fileSize: MEDIA_MAX_BYTES, files: 1 } });
  if (!part || part.fieldname !== 'file') throw new AppError(RegisterErrors.FILE_REQUIRED);
  const body = await part.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(RegisterErrors.FILE_TOO_LARGE);
    throw error;
  });
  return { body, fileName: part.filename };
}

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
