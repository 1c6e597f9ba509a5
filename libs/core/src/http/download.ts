import type { FastifyReply } from 'fastify';

/** What each download format is sent as (and documented as: ApiFileAnswer). */
export const DOWNLOAD_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json',
  zip: 'application/zip',
};

export type DownloadFormat = keyof typeof DOWNLOAD_TYPES;

/** Marks the answer as a file to save, named `name.format`. */
export const download = (reply: FastifyReply, format: DownloadFormat, name: string) =>
  reply
    .header('Content-Type', DOWNLOAD_TYPES[format])
    .header('Content-Disposition', `attachment; filename="${name}.${format}"`);
