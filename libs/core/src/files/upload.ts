// The multipart plugin's request methods (registered in the API's app factory).
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { FileErrors } from './file-errors';

const MiB = 1024 * 1024;

/** The largest file each kind of upload takes (docs/hardening.md, "Limits on what a visitor can send"). */
export const UPLOAD_LIMITS = {
  nameList: 2 * MiB,
  census: 20 * MiB,
  photo: 10 * MiB,
  evidence: 10 * MiB,
} as const;
export type UploadKind = keyof typeof UPLOAD_LIMITS;

/** Room for the multipart boundary and part headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

export interface Upload {
  body: Buffer;
  fileName: string;
}

/**
 * An upload not yet read: a service calls it only after deciding that the caller may upload here,
 * so a stranger's file is never read past its headers.
 */
export type PendingUpload = () => Promise<Upload>;

export const pendingUpload =
  (request: FastifyRequest, kind: UploadKind): PendingUpload =>
  () =>
    readUpload(request, UPLOAD_LIMITS[kind]);

/**
 * Reads the single `file` part of a multipart request. A declared length over the cap is refused
 * before any byte is read; an undeclared one is cut off at the cap. Whatever else the multipart
 * parser throws is about the bytes sent (no boundary, a body cut short), so the caller is told.
 */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  const tooLarge = () => new AppError(FileErrors.UPLOAD_TOO_LARGE, { limitBytes: maxBytes });
  if (!request.isMultipart()) throw new AppError(FileErrors.FILE_REQUIRED);
  if (Number(request.headers['content-length']) > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
  try {
    const part = await request.file({
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 64 },
    });
    if (!part || part.fieldname !== 'file') throw new AppError(FileErrors.FILE_REQUIRED);
    return { body: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(FileErrors.UPLOAD_MALFORMED);
  }
}
