import { AppError } from '@kepu/core';
// The multipart plugin's request methods (registered in the API's app factory).
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { RegisterErrors } from '../register-errors';
import { MEDIA_MAX_BYTES } from './media.service';

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
