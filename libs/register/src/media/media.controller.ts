import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, FileErrors, IdParam, pendingUpload, RateLimit, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UploadQueryDto } from './media.dto';
import { Media } from './media.entity';
import { MediaService } from './media.service';
import { MediaView } from './media.views';
import { RegisterErrors } from '../register-errors';

/** What a stored file may be. */
const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** Uploads a photo (JPEG, PNG, WebP) or evidence (also PDF) as the `file` part; images lose their metadata. */
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @Post()
  @RateLimit({ account: 30, ip: 120 })
  @ApiErrors(
    RegisterErrors.ORGANISATION_REQUIRED,
    CoreErrors.NOT_FOUND,
    FileErrors.FILE_REQUIRED,
    FileErrors.UPLOAD_MALFORMED,
    FileErrors.UPLOAD_TOO_LARGE,
    RegisterErrors.UNSUPPORTED_FILE_TYPE,
  )
  upload(
    @CurrentActor() actor: Actor,
    @Query() query: UploadQueryDto,
    @Req() request: FastifyRequest,
    @CorrelationId() correlationId?: string,
  ): Promise<MediaView> {
    return this.media.upload(actor, { ...query, file: pendingUpload(request, query.purpose) }, correlationId);
  }

  /** A file's bytes, as a sandboxed document of its own (evidence as an attachment), so it can run nothing. */
  @Public()
  @Get(':id')
  @ApiProduces(...MEDIA_TYPES)
  @ApiOkResponse({
    description: 'The file, of the type it was stored as',
    content: Object.fromEntries(MEDIA_TYPES.map((type) => [type, BINARY])),
  })
  @ApiErrors(CoreErrors.UNAUTHORIZED)
  async read(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { media, body, isPublic } = await this.media.read(actor, id);
    reply
      .header('Content-Type', media.contentType)
      // Not `immutable`: a photo stops being public when its resource is suspended or withdrawn.
      .header('Cache-Control', isPublic ? 'public, max-age=3600' : 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox");
    if (media.purpose === 'evidence') reply.header('Content-Disposition', attachment(media));
    return body;
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** RFC 5987 percent-encoding: encodeURIComponent leaves a few characters the header must not hold bare. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Evidence is downloaded, never shown in the page. The plain name is ASCII (the id); the original
 * name, as uploaded, goes in `filename*` with the extension of what the file really is.
 */
function attachment(media: Media): string {
  const extension = EXTENSIONS[media.contentType];
  const stem = media.originalName?.replace(/\.[^.]*$/, '').trim();
  const original = stem ? `; filename*=UTF-8''${rfc5987(`${stem}.${extension}`)}` : '';
  return `attachment; filename="evidence-${media.id}.${extension}"${original}`;
}
