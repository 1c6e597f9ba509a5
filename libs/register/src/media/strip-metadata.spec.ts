import fc from 'fast-check';
import {
  ADOBE_SEGMENT,
  CAMERA_MAKE,
  cameraJpeg,
  GPS_LATITUDE,
  GPS_LONGITUDE,
  ICC_SEGMENT,
  plainJpeg,
  plainPng,
  plainWebp,
  taggedPng,
  taggedWebp,
  XMP_PACKET,
} from '../../../../test/support/images';
import { sniff } from './sniff';
import { stripMetadata } from './strip-metadata';

/** Strips a file as an upload is stripped: by the type sniffing found. */
function strip(file: Buffer): Buffer | undefined {
  const kind = sniff(file);
  if (!kind) throw new Error('the fixture does not sniff');
  return stripMetadata(file, kind.contentType);
}

function expectNoMetadata(stripped: Buffer) {
  for (const secret of [GPS_LATITUDE, GPS_LONGITUDE, CAMERA_MAKE, XMP_PACKET]) {
    expect(stripped.includes(secret)).toBe(false);
  }
}

describe('stripMetadata', () => {
  it('gives back a phone JPEG as the plain image: EXIF with GPS, XMP, IPTC, comment and trailing video gone', () => {
    const camera = cameraJpeg();
    expect(camera.includes(GPS_LATITUDE)).toBe(true);
    const stripped = strip(camera) as Buffer;
    expectNoMetadata(stripped);
    expect(stripped.includes(Buffer.from('+22.5453'))).toBe(false);
    expect(stripped.equals(plainJpeg())).toBe(true);
    expect(sniff(stripped)).toEqual(sniff(camera));
  });

  it('keeps a JPEG’s orientation, alone in a new EXIF, so a portrait stays upright', () => {
    const stripped = strip(cameraJpeg({ orientation: 6 })) as Buffer;
    expectNoMetadata(stripped);
    const exif = stripped.subarray(20, 20 + 4 + 32);
    expect(exif.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xe1]));
    expect(exif.toString('latin1', 4, 10)).toBe('Exif\0\0');
    // Big-endian TIFF, one IFD entry: tag 0x0112 (orientation), SHORT, one value: 6.
    expect(exif.readUInt16BE(18)).toBe(1);
    expect([exif.readUInt16BE(20), exif.readUInt16BE(22), exif.readUInt32BE(24), exif.readUInt16BE(28)]).toEqual([
      0x0112, 3, 1, 6,
    ]);
    expect(Buffer.concat([stripped.subarray(0, 20), stripped.subarray(20 + 36)]).equals(plainJpeg())).toBe(true);
    expect(sniff(stripped)).toEqual({ contentType: 'image/jpeg', width: 8, height: 8 });
  });

  it('keeps what a JPEG’s colours need: its ICC profile and Adobe colour transform', () => {
    const stripped = strip(cameraJpeg({ keep: [ICC_SEGMENT, ADOBE_SEGMENT] })) as Buffer;
    expectNoMetadata(stripped);
    expect(stripped.includes(ICC_SEGMENT)).toBe(true);
    expect(stripped.includes(ADOBE_SEGMENT)).toBe(true);
  });

  it('gives back a tagged PNG as the plain image: eXIf, text chunks, time and trailing bytes gone', () => {
    const tagged = taggedPng();
    const stripped = strip(tagged) as Buffer;
    expectNoMetadata(stripped);
    expect(stripped.equals(plainPng())).toBe(true);
    expect(sniff(stripped)).toEqual(sniff(tagged));
  });

  it('drops a WebP’s EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const tagged = taggedWebp();
    const stripped = strip(tagged) as Buffer;
    expectNoMetadata(stripped);
    expect(stripped.toString('latin1', 12, 16)).toBe('VP8X');
    expect(stripped[20]).toBe(0);
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
    // The VP8X chunk (18 bytes), then the plain image's own chunk as it was.
    expect(stripped.subarray(12 + 18).equals(plainWebp().subarray(12))).toBe(true);
    expect(sniff(stripped)).toEqual({ contentType: 'image/webp', width: 3, height: 2 });
  });

  it('leaves a clean image as it is, and a PDF untouched', () => {
    for (const image of [plainJpeg(), plainPng(), plainWebp()]) expect(strip(image)?.equals(image)).toBe(true);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF');
    expect(stripMetadata(pdf, 'application/pdf')).toBe(pdf);
  });

  it('refuses broken structure: a length past the end, no scan, no IEND-bounded chunk', () => {
    const jpeg = plainJpeg();
    expect(strip(jpeg.subarray(0, 300))).toBeUndefined(); // cut inside the Huffman tables
    const noScan = Buffer.concat([jpeg.subarray(0, 20), Buffer.from([0xff, 0xd9])]);
    expect(stripMetadata(noScan, 'image/jpeg')).toBeUndefined();
    expect(strip(plainPng().subarray(0, 40))).toBeUndefined();
    const webp = plainWebp();
    expect(stripMetadata(webp.subarray(0, 30), 'image/webp')).toBeUndefined();
  });

  it('drops broken EXIF but keeps the picture', () => {
    const broken = Buffer.from([0xff, 0xe1, 0, 16, ...Buffer.from('Exif\0\0MM\0\x2a\xff\xff\xff\xff', 'latin1')]);
    const jpeg = plainJpeg();
    const file = Buffer.concat([jpeg.subarray(0, 20), broken, jpeg.subarray(20)]);
    expect(strip(file)?.equals(jpeg)).toBe(true);
  });

  it('never throws on hostile bytes behind a valid start', () => {
    const starts = fc.constantFrom(
      cameraJpeg({ orientation: 3 }).subarray(0, 80),
      plainJpeg().subarray(0, 200),
      taggedPng().subarray(0, 60),
      taggedWebp().subarray(0, 40),
    );
    fc.assert(
      fc.property(starts, fc.uint8Array({ maxLength: 200 }), (head, noise) => {
        const file = Buffer.concat([head, noise]);
        const kind = sniff(file);
        if (kind) stripMetadata(file, kind.contentType);
      }),
      { numRuns: 2000 },
    );
  });
});
