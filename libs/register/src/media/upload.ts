import { AppError } from '@kepu/core';
// The multipart plugin's request methods (registered in the API's app factory).
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { RegisterErrors } from '../register-errors';
import { MEDIA_MAX_BYTES } from './media.service';

/**
 * Reads the single `file` part of a multipart request, refusing a missing or oversized file. Whatever
 * else the multipart parser throws is about the bytes sent (no boundary, a body cut short), so the
 * caller is told, not logged as a server error.
 */
export async function readUpload(request: FastifyRequest): Promise<{ body: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw new AppError(RegisterErrors.FILE_REQUIRED);
  try {
    const part = await request.file({ limits: { fileSize: MEDIA_MAX_BYTES, files: 1 } });
    if (!part || part.fieldname !== 'file') throw new AppError(RegisterErrors.FILE_REQUIRED);
    return { body: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(RegisterErrors.FILE_TOO_LARGE);
    throw new AppError(RegisterErrors.UPLOAD_MALFORMED);
  }
}
