import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { crc32, deflateSync } from 'node:zlib';
import type { TestApp } from './test-app';
import { bearer, SignedIn } from './sessions';

/** A complete resource in Futian, ready to submit; tests override what they examine. */
export function resourceBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `测试科普馆 ${Math.random().toString(36).slice(2, 8)}`,
    type: 'science_museum',
    regionCode: '440304',
    address: '深圳市福田区测试路1号',
    location: { lat: 22.55 + Math.random() / 100, lng: 114.05 + Math.random() / 100 },
    description: '一座用于测试的科普场馆。',
    themes: ['physics'],
    audiences: ['families', 'primary'],
    admission: { free: true, prices: [], concessions: [] },
    ...overrides,
  };
}

/** Creates a draft as this operator and returns its id. */
export async function createDraft(t: TestApp, operator: SignedIn, overrides: Record<string, unknown> = {}) {
  const res = await t.http().post('/api/v1/resources').set(bearer(operator)).send(resourceBody(overrides));
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Takes a draft through submission and every review stage the reviewers given can do, in order. */
export async function publish(t: TestApp, id: string, operator: SignedIn, ...reviewers: SignedIn[]) {
  await t.http().post(`/api/v1/resources/${id}/submit`).set(bearer(operator)).expect(200);
  for (const reviewer of reviewers) {
    await t
      .http()
      .post(`/api/v1/resources/${id}/review`)
      .set(bearer(reviewer))
      .send({ decision: 'approve' })
      .expect(200);
  }
}

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of the given size (grey pixels), built byte by byte. */
export function pngImage(width = 2, height = 1): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(
    Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 128)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function uploadPhoto(t: TestApp, who: SignedIn, query = '') {
  const res = await t
    .http()
    .post(`/api/v1/media${query}`)
    .set(bearer(who))
    .attach('file', pngImage(), { filename: 'photo.png', contentType: 'image/png' });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A valid unified social credit code (GB 32100-2015): the given or a random body, check character computed. */
export function validCreditCode(body = `91440300${[...randomBytes(9)].map((b) => ALPHABET[b % 31]).join('')}`): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...body].reduce((total, char, i) => total + ALPHABET.indexOf(char) * weights[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Collects a binary response body (XLSX downloads). */
export const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
