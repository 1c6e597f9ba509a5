import { readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { cameraJpeg, CAMERA_MAKE, GPS_LATITUDE, GPS_LONGITUDE, plainJpeg, XMP_PACKET } from '../support/images';
import { createDraft, pngImage, publish, uploadPhoto } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('media: who sees a file, and what an upload keeps', () => {
  let t: TestApp;
  let operator: SignedIn, operator2: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn, family: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    [operator, operator2, futian, nanshan, city, family] = await Promise.all(
      ['operator', 'operator2', 'futian-admin', 'nanshan-admin', 'city-admin', 'family'].map((w) =>
        signIn(t, `${w}@demo.kepu`),
      ),
    );
  });
  afterAll(() => t.close());

  const read = (id: string, who?: SignedIn) => {
    const request = t.http().get(`/api/v1/media/${id}`);
    return who ? request.set(bearer(who)) : request;
  };
  /** The status each caller gets for a file, in a fixed order: anonymous, family, operator2, nanshan, operator, futian. */
  const statuses = async (id: string) =>
    Promise.all(
      [undefined, family, operator2, nanshan, operator, futian].map(async (who) => (await read(id, who)).status),
    );
  const upload = (file: Buffer, name: string, contentType: string, query = '') =>
    t.http().post(`/api/v1/media${query}`).set(bearer(operator)).attach('file', file, { filename: name, contentType });
  const mediaRows = async () =>
    Number((await t.app.get(DataSource).query(`SELECT count(*) FROM media`))[0].count as string);
  const storedFiles = async () => (await readdir(t.config.media.dir, { recursive: true }).catch(() => [])).length;

  it('shows a photo to the public only while a published resource shows it', async () => {
    const photo = await uploadPhoto(t, operator);
    // Uploaded, not yet used: its organisation and the admins above it; anyone else is told nothing.
    expect(await statuses(photo)).toEqual([404, 404, 404, 404, 200, 200]);
    const mine = await read(photo, operator);
    expect(mine.headers['cache-control']).toBe('private, no-store');

    const resourceId = await createDraft(t, operator, { photos: [{ mediaId: photo }] });
    expect((await read(photo)).status).toBe(404);
    await publish(t, resourceId, operator, city);
    const shown = await read(photo).expect(200);
    expect(shown.headers['cache-control']).toBe('public, max-age=3600');
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(shown.headers['content-disposition']).toBeUndefined();

    // Suspended: hidden again, and no longer cacheable by anyone.
    await t
      .http()
      .post(`/api/v1/resources/${resourceId}/suspend`)
      .set(bearer(futian))
      .send({ reason: '核实中' })
      .expect(200);
    expect(await statuses(photo)).toEqual([404, 404, 404, 404, 200, 200]);
    expect((await read(photo, futian)).headers['cache-control']).toBe('private, no-store');
    await t.http().post(`/api/v1/resources/${resourceId}/restore`).set(bearer(futian)).send({}).expect(200);
    expect((await read(photo)).status).toBe(200);
  });

  it('keeps a photo an edit adds private until the edit is approved, and shows it to that edit’s reviewers', async () => {
    // The science museum (Futian) runs a venue in Nanshan: Nanshan's admins review it.
    const resourceId = await createDraft(t, operator, { regionCode: '440305', address: '深圳市南山区测试路2号' });
    await publish(t, resourceId, operator, city);
    const added = await uploadPhoto(t, operator);
    await t
      .http()
      .patch(`/api/v1/resources/${resourceId}`)
      .set(bearer(operator))
      .send({ exhibits: [{ name: '陨石', category: 'specimen', explanation: '来自太空的石头', photoId: added }] })
      .expect(200);
    await t.http().post(`/api/v1/resources/${resourceId}/submit`).set(bearer(operator)).expect(200);
    expect(await statuses(added)).toEqual([404, 404, 404, 200, 200, 200]);
    await t
      .http()
      .post(`/api/v1/resources/${resourceId}/review`)
      .set(bearer(city))
      .send({ decision: 'approve' })
      .expect(200);
    // An exhibit's photo is shown as much as the resource's own photos.
    expect((await read(added)).status).toBe(200);
  });

  it('removes GPS and other metadata on upload, and stores and hashes what it serves', async () => {
    const camera = cameraJpeg();
    const uploaded = await upload(camera, 'IMG_0001.jpg', 'image/jpeg').expect(201);
    expect(uploaded.body).toMatchObject({ contentType: 'image/jpeg', width: 8, height: 8 });
    const served = (await read(uploaded.body.id, operator).expect(200)).body as Buffer;
    for (const secret of [GPS_LATITUDE, GPS_LONGITUDE, CAMERA_MAKE, XMP_PACKET]) {
      expect(camera.includes(secret)).toBe(true);
      expect(served.includes(secret)).toBe(false);
    }
    expect(served.equals(plainJpeg())).toBe(true);
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT size_bytes AS "sizeBytes", sha256 FROM media WHERE id = $1`, [uploaded.body.id]);
    expect(row).toEqual({ sizeBytes: served.length, sha256: createHash('sha256').update(served).digest('hex') });
    expect(uploaded.body.sizeBytes).toBe(served.length);
  });

  it('refuses an image whose structure is broken (no 500), and stores nothing', async () => {
    const [rows, files] = [await mediaRows(), await storedFiles()];
    const broken = Buffer.concat([plainJpeg().subarray(0, 200), Buffer.from([0xff, 0xc4, 0xff, 0xff])]);
    const refused = await upload(broken, 'broken.jpg', 'image/jpeg');
    expect([refused.status, refused.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    expect([await mediaRows(), await storedFiles()]).toEqual([rows, files]);
  });

  it('refuses SVG, whatever its name and declared type, and stores nothing', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
        '<script>alert(document.domain)</script><rect width="10" height="10"/></svg>',
    );
    const [rows, files] = [await mediaRows(), await storedFiles()];
    for (const [name, type, query] of [
      ['logo.svg', 'image/svg+xml', ''],
      ['logo.png', 'image/png', ''],
      ['certificate.svg', 'image/svg+xml', '?purpose=evidence'],
    ]) {
      const refused = await upload(svg, name, type, query);
      expect([name, refused.status, refused.body.code]).toEqual([name, 415, 'UNSUPPORTED_FILE_TYPE']);
    }
    expect([await mediaRows(), await storedFiles()]).toEqual([rows, files]);
  });

  it('sends evidence as a download, named by its id and, for browsers that read it, by its original name', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    const named = await upload(pdf, '资质证书 (2025).pdf', 'application/pdf', '?purpose=evidence').expect(201);
    const download = await read(named.body.id, futian).expect(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="evidence-${named.body.id}.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent('资质证书 ')}%282025%29.pdf`,
    );
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(download.headers['cache-control']).toBe('private, no-store');
    // The extension is what the file is, not what its name claims.
    const disguised = await upload(pdf, 'cert.html', 'text/html', '?purpose=evidence').expect(201);
    expect((await read(disguised.body.id, operator)).headers['content-disposition']).toMatch(
      /filename\*=UTF-8''cert\.pdf$/,
    );
    // Evidence an image: stripped the same way as a photo, still a download.
    const photoEvidence = await upload(pngImage(), 'scan.png', 'image/png', '?purpose=evidence').expect(201);
    expect((await read(photoEvidence.body.id, operator)).headers['content-disposition']).toMatch(/^attachment;/);
  });
});
