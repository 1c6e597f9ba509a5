import { pngChunk } from './register';

/**
 * Small real images, and the metadata phones and editors put into them (a GPS position above
 * all), for the tests of what an upload keeps.
 */

/** An 8×8 colour baseline JPEG as an encoder writes it: JFIF, tables, one scan (jpeg-js, quality 50). */
export const plainJpeg = () =>
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2MBERISGBUYLxoaL2NCOEJjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY//AABEIAAgACAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AINP0Lp8laVcWLL8dtqf/9k=',
    'base64',
  );

/** A 3×2 PNG with colour and alpha (Chromium's encoder). */
export const plainPng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAGUlEQVR4AWL6z8Dw33hVORgzmawqZ4ABAAAAAP//ynqDzgAAAAZJREFUAwCMxQf+k81/mgAAAABJRU5ErkJggg==',
    'base64',
  );

/** A 3×2 lossless WebP (Chromium's encoder; its ICC profile left out). */
export const plainWebp = () => Buffer.from('UklGRiIAAABXRUJQVlA4TBYAAAAvAkAAAA9wK9XPMP8ucf4jDRMQ0f8I', 'base64');

const rationals = (...values: [number, number][]) => {
  const bytes = Buffer.alloc(values.length * 8);
  values.forEach(([numerator, denominator], i) => {
    bytes.writeUInt32BE(numerator, i * 8);
    bytes.writeUInt32BE(denominator, i * 8 + 4);
  });
  return bytes;
};

/** 22°32′43.21″N 114°03′56.78″E as EXIF writes it: what must never reach the public. */
export const GPS_LATITUDE = rationals([22, 1], [32, 1], [4321, 100]);
export const GPS_LONGITUDE = rationals([114, 1], [3, 1], [5678, 100]);
/** The camera's name in the EXIF, another thing that goes. */
export const CAMERA_MAKE = Buffer.from('KepuCam\0', 'latin1');

type IfdEntry = [tag: number, type: number, count: number, value: number | Buffer];

/** One big-endian IFD at `at`: entries whose value fits in 4 bytes inline, the others appended after it. */
function ifd(at: number, entries: IfdEntry[]): Buffer {
  const table = Buffer.alloc(2 + entries.length * 12 + 4);
  table.writeUInt16BE(entries.length, 0);
  const data: Buffer[] = [];
  let dataAt = at + table.length;
  entries.forEach(([tag, type, count, value], i) => {
    const entry = 2 + i * 12;
    table.writeUInt16BE(tag, entry);
    table.writeUInt16BE(type, entry + 2);
    table.writeUInt32BE(count, entry + 4);
    if (typeof value === 'number') {
      if (type === 3) table.writeUInt16BE(value, entry + 8);
      else table.writeUInt32BE(value, entry + 8);
    } else if (value.length <= 4) {
      value.copy(table, entry + 8);
    } else {
      table.writeUInt32BE(dataAt, entry + 8);
      data.push(value);
      dataAt += value.length;
    }
  });
  return Buffer.concat([table, ...data]);
}

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

/** A TIFF (EXIF's body) with the camera's make, an orientation and a GPS position. */
export function exifTiff(orientation = 1): Buffer {
  const header = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
  const gpsAt = 8 + 2 + 3 * 12 + 4 + CAMERA_MAKE.length;
  const ifd0 = ifd(8, [
    [0x010f, ASCII, CAMERA_MAKE.length, CAMERA_MAKE],
    [0x0112, SHORT, 1, orientation],
    [0x8825, LONG, 1, gpsAt],
  ]);
  const gps = ifd(gpsAt, [
    [0x0001, ASCII, 2, Buffer.from('N\0', 'latin1')],
    [0x0002, RATIONAL, 3, GPS_LATITUDE],
    [0x0003, ASCII, 2, Buffer.from('E\0', 'latin1')],
    [0x0004, RATIONAL, 3, GPS_LONGITUDE],
  ]);
  return Buffer.concat([header, ifd0, gps]);
}

/** XMP as editors write it, with the position again in its own words. */
export const XMP_PACKET = Buffer.from(
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="22,32.7202N"/>' +
    '</rdf:RDF></x:xmpmeta>',
);

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** Where the plain JPEG's JFIF segment ends: metadata goes after it, as cameras and editors put it. */
const AFTER_JFIF = 2 + 2 + 16;

/**
 * The plain JPEG as a phone hands it over: EXIF with GPS, XMP, IPTC (APP13), a comment, and a
 * motion photo's video after the end-of-image marker. `keep` adds segments that must survive.
 */
export function cameraJpeg(options: { orientation?: number; keep?: Buffer[] } = {}): Buffer {
  const plain = plainJpeg();
  return Buffer.concat([
    plain.subarray(0, AFTER_JFIF),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(options.orientation)])),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), XMP_PACKET])),
    jpegSegment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), GPS_LATITUDE])),
    jpegSegment(0xfe, Buffer.from('拍摄于家中', 'utf8')),
    ...(options.keep ?? []),
    plain.subarray(AFTER_JFIF),
    Buffer.from('ftypmp42 trailing video with ©xyz +22.5453+114.0657/', 'utf8'),
  ]);
}

/** An ICC profile segment and an Adobe colour-transform segment: colour, not metadata. */
export const ICC_SEGMENT = jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01fake-profile-bytes', 'latin1'));
export const ADOBE_SEGMENT = jpegSegment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1'));

/** Where the plain PNG's IHDR chunk ends. */
const AFTER_IHDR = 8 + 12 + 13;

/** The plain PNG with EXIF (eXIf), text chunks (XMP in iTXt), its time, and bytes after IEND. */
export function taggedPng(): Buffer {
  const plain = plainPng();
  return Buffer.concat([
    plain.subarray(0, AFTER_IHDR),
    pngChunk('eXIf', exifTiff()),
    pngChunk('tEXt', Buffer.from('Author\0Kepu tester', 'latin1')),
    pngChunk('zTXt', Buffer.from('Comment\0\0x', 'latin1')),
    pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), XMP_PACKET])),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 1, 2, 3, 4, 5])),
    plain.subarray(AFTER_IHDR),
    Buffer.from('trailing', 'latin1'),
  ]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

/** The plain WebP in the extended format, with EXIF and XMP chunks and their flags set in VP8X. */
export function taggedWebp(): Buffer {
  const image = plainWebp().subarray(12);
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04; // EXIF and XMP present
  vp8x.writeUIntLE(3 - 1, 4, 3);
  vp8x.writeUIntLE(2 - 1, 7, 3);
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    image,
    riffChunk('EXIF', exifTiff()),
    riffChunk('XMP ', XMP_PACKET),
  ]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
