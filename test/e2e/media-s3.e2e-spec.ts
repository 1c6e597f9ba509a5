import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
// s3rver implements the S3 protocol (with SigV4 checks) in Node: a real S3-compatible server for the test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
import { pngImage, uploadPhoto } from '../support/register';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('media on S3-compatible storage', () => {
  let t: TestApp;
  let s3: { run(): Promise<AddressInfo>; close(): Promise<void> };
  const directory = mkdtempSync(join(tmpdir(), 'kepu-s3-'));

  beforeAll(async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: 'kepu-media' }],
    });
    const { port } = await s3.run();
    t = await startTestApp((config) => ({
      ...config,
      media: {
        ...config.media,
        s3: {
          endpoint: `http://127.0.0.1:${port}`,
          bucket: 'kepu-media',
          region: 'us-east-1',
          accessKeyId: 'S3RVER',
          secretAccessKey: 'S3RVER',
        },
      },
    }));
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('stores uploads in the bucket and serves them back', async () => {
    const operator = await signIn(t, 'operator@demo.kepu');
    const id = await uploadPhoto(t, operator);
    const photo = await t.http().get(`/api/v1/media/${id}`).set(bearer(operator)).expect(200);
    expect(Buffer.compare(photo.body, pngImage())).toBe(0);
    expect(readdirSync(join(directory, 'kepu-media'), { recursive: true }).some((f) => String(f).includes(id))).toBe(
      true,
    );
  });

  it('answers 503 and records nothing when the storage refuses the access key', async () => {
    const broken = await startTestApp((config) => ({
      ...config,
      media: {
        ...config.media,
        s3: { ...(t.config.media.s3 as NonNullable<typeof t.config.media.s3>), accessKeyId: 'NOBODY' },
      },
    }));
    try {
      const operator = await signIn(broken, 'operator@demo.kepu');
      const res = await broken.http().post('/api/v1/media').set(bearer(operator)).attach('file', pngImage(), 'p.png');
      expect([res.status, res.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      const rows = await broken.app.get(DataSource).query(`SELECT count(*)::int AS n FROM media`);
      expect(rows[0].n).toBe(0);
    } finally {
      await broken.close();
    }
  });
});
