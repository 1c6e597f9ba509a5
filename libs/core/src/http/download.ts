import type { FastifyReply } from 'fastify';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json',
  zip: 'application/zip',
};

export type DownloadFormat = keyof typeof CONTENT_TYPES;

/** Marks the answer as a file to save, named `name.format`. */
export const download = (reply: FastifyReply, format: DownloadFormat, name: string) =>
  reply
    .header('Content-Type', CONTENT_TYPES[format])
    .header('Content-Disposition', `attachment; filename="${name}.${format}"`);
