import type { Sniffed } from './sniff';

/**
 * Rewrites an uploaded image without the metadata that travels with it from a phone or an editor:
 * EXIF (GPS position, camera serial, time), XMP, IPTC, comments and text chunks. Only what decoding
 * needs is kept, and whatever follows the image's end (Android motion photos append a video there,
 * MPO files a second JPEG with its own EXIF) is dropped. PDFs are returned as they are. Undefined
 * when the image's structure is broken: such a file is refused, not stored half-understood.
 */
export function stripMetadata(body: Buffer, contentType: Sniffed['contentType']): Buffer | undefined {
  if (contentType === 'image/jpeg') return unlessOverrun(() => stripJpeg(body));
  if (contentType === 'image/png') return unlessOverrun(() => stripPng(body));
  if (contentType === 'image/webp') return unlessOverrun(() => stripWebp(body));
  return body;
}

/** A length or offset that points past the end makes Buffer reads throw: that structure is broken. */
function unlessOverrun<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    // By name: Node's own errors are not instances of another realm's RangeError (as under Jest).
    if ((error as Error).name === 'RangeError') return undefined;
    throw error;
  }
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;

/** Markers with no length after them: the restart markers (and TEM). */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** APPn segments that carry what the image looks like rather than where and how it was taken. */
function keepsAppSegment(marker: number, payload: Buffer): boolean {
  const startsWith = (signature: string) => payload.toString('latin1', 0, signature.length) === signature;
  if (marker === APP0) return startsWith('JFIF\0');
  if (marker === APP2) return startsWith('ICC_PROFILE\0');
  if (marker === APP14) return startsWith('Adobe');
  return false;
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

const EXIF_HEADER = 'Exif\0\0';
const ORIENTATION_TAG = 0x0112;

/**
 * The EXIF orientation (2–8) of an APP1 Exif payload, if it says the picture is turned or mirrored.
 * Broken EXIF is only dropped: the picture itself may be fine.
 */
const exifOrientation = (payload: Buffer) => unlessOverrun(() => readOrientation(payload));

function readOrientation(payload: Buffer): number | undefined {
  if (payload.toString('latin1', 0, 6) !== EXIF_HEADER) return undefined;
  const tiff = payload.subarray(6);
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const u16 = (at: number) => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  for (let i = 0; i < u16(ifd); i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) === ORIENTATION_TAG) {
      const value = u16(entry + 8);
      return value >= 2 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An Exif payload holding nothing but the orientation: phone pictures taken upright stay upright. */
function orientationOnlyExif(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(ORIENTATION_TAG, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // one value, held in the entry itself
  tiff.writeUInt16BE(orientation, 18);
  // Bytes 20–21 pad the value; 22–25 (no next IFD) stay zero.
  return Buffer.concat([Buffer.from(EXIF_HEADER, 'latin1'), tiff]);
}

/**
 * Walks the JPEG's marker segments, keeping the ones decoding needs (tables, frame, scans) and the
 * colour ones (JFIF, ICC profile, Adobe), and drops the rest (EXIF, XMP, IPTC, comments). The
 * entropy-coded data after each scan header is copied as it is, up to the end-of-image marker.
 */
function stripJpeg(b: Buffer): Buffer | undefined {
  const out: Buffer[] = [b.subarray(0, 2)];
  let i = 2;
  let scanned = false;
  while (i < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1; // fill byte before a marker
      continue;
    }
    if (marker === EOI) {
      if (!scanned) return undefined; // no picture in it
      out.push(b.subarray(i, i + 2));
      return Buffer.concat(out);
    }
    if (marker === SOI || marker === undefined) return undefined;
    if (standalone(marker)) {
      out.push(b.subarray(i, i + 2));
      i += 2;
      continue;
    }
    const end = i + 2 + b.readUInt16BE(i + 2);
    if (end > b.length || end < i + 4) return undefined;
    const payload = b.subarray(i + 4, end);
    if (marker >= APP0 && marker <= APP15) {
      const orientation = marker === APP1 ? exifOrientation(payload) : undefined;
      if (orientation) out.push(segment(APP1, orientationOnlyExif(orientation)));
      else if (keepsAppSegment(marker, payload)) out.push(b.subarray(i, end));
    } else if (marker !== COM) {
      out.push(b.subarray(i, end));
    }
    i = end;
    if (marker === SOS) {
      scanned = true;
      const dataEnd = entropyCodedEnd(b, i);
      out.push(b.subarray(i, dataEnd));
      i = dataEnd;
    }
  }
  // Cut short before its end-of-image marker: decoders show what is there, so keep it.
  return scanned ? Buffer.concat(out) : undefined;
}

/** Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed 0xFF nor a restart. */
function entropyCodedEnd(b: Buffer, from: number): number {
  for (let i = from; i < b.length - 1; i++) {
    if (b[i] !== 0xff) continue;
    const next = b[i + 1];
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return i;
  }
  return b.length;
}

const PNG_SIGNATURE_LENGTH = 8;
/** Ancillary PNG chunks that hold metadata, never pixels: EXIF, text (XMP lives in iTXt) and the time. */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(b: Buffer): Buffer | undefined {
  const out: Buffer[] = [b.subarray(0, PNG_SIGNATURE_LENGTH)];
  let i = PNG_SIGNATURE_LENGTH;
  while (i < b.length) {
    const type = b.toString('latin1', i + 4, i + 8);
    const end = i + 12 + b.readUInt32BE(i);
    if (end > b.length) return undefined;
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(out);
}

const RIFF_HEADER_LENGTH = 12;
const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

function stripWebp(b: Buffer): Buffer | undefined {
  const declaredEnd = 8 + b.readUInt32LE(4);
  if (declaredEnd > b.length) return undefined;
  const chunks: Buffer[] = [];
  let i = RIFF_HEADER_LENGTH;
  while (i < declaredEnd) {
    const type = b.toString('latin1', i, i + 4);
    const size = b.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (end > declaredEnd) return undefined;
    if (type === 'VP8X' && size >= 1) {
      const vp8x = Buffer.from(b.subarray(i, end));
      vp8x[8] &= ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      chunks.push(vp8x);
    } else if (!WEBP_METADATA.has(type)) {
      chunks.push(b.subarray(i, end));
    }
    i = end;
  }
  const header = Buffer.from(b.subarray(0, RIFF_HEADER_LENGTH));
  header.writeUInt32LE(RIFF_HEADER_LENGTH - 8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}
