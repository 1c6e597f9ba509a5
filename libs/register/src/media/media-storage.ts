import { AppError, CoreErrors } from '@kepu/core';
import aws4 from 'aws4';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MediaSettings, S3Settings } from '../register.config';

/** Where uploaded files live. Keys are ours (`<organisation>/<uuid>`), never a client's file name. */
export abstract class MediaStorage {
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, or undefined when the key is unknown. */
  abstract get(key: string): Promise<Buffer | undefined>;
}

/** Embedded mode: files under KEPU_DATA_DIR/media, written atomically. */
export class DirectoryStorage extends MediaStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, body);
    await rename(`${path}.part`, path);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(join(this.root, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}

/** The store refused or failed: our outage, not the caller's mistake (503, nothing recorded). */
const unavailable = (method: string, status: number) =>
  new AppError(CoreErrors.SERVICE_UNAVAILABLE, { storage: `S3 ${method} answered ${status}` });

/** Any S3-compatible store (MinIO, Ceph, Alibaba OSS, AWS), path-style requests signed with SigV4. */
export class S3Storage extends MediaStorage {
  constructor(private readonly s3: S3Settings) {
    super();
  }

  private async send(method: 'GET' | 'PUT', key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = new URL(`${this.s3.endpoint.replace(/\/$/, '')}/${this.s3.bucket}/${key}`);
    const signed = aws4.sign(
      {
        host: url.host,
        path: url.pathname,
        method,
        service: 's3',
        region: this.s3.region,
        headers: contentType ? { 'Content-Type': contentType } : {},
        body,
      },
      { accessKeyId: this.s3.accessKeyId, secretAccessKey: this.s3.secretAccessKey },
    );
    return fetch(url, { method, headers: signed.headers as Record<string, string>, body });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const response = await this.send('PUT', key, body, contentType);
    if (!response.ok) throw unavailable('PUT', response.status);
  }

  async get(key: string): Promise<Buffer | undefined> {
    const response = await this.send('GET', key);
    if (response.status === 404) return undefined;
    if (!response.ok) throw unavailable('GET', response.status);
    return Buffer.from(await response.arrayBuffer());
  }
}

/** S3 when configured, else the data directory. */
export function createMediaStorage(media: MediaSettings): MediaStorage {
  return media.s3 ? new S3Storage(media.s3) : new DirectoryStorage(media.dir);
}
