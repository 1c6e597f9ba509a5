/** What a file really is, read from its first bytes: the client's Content-Type and name are not trusted. */
export interface Sniffed {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  width?: number;
  height?: number;
}

function pngSize(b: Buffer) {
  return b.length >= 24 && b.toString('latin1', 12, 16) === 'IHDR'
    ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
    : undefined;
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Buffer) {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    const length = b.readUInt16BE(i + 2);
    const startOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (startOfFrame) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return undefined;
}

function webpSize(b: Buffer) {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X' && b.length >= 30) return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/** Only well-formed images (with a readable size) and PDFs pass; anything else is undefined. */
export function sniff(b: Buffer): Sniffed | undefined {
  const sized = (contentType: Sniffed['contentType'], size?: { width: number; height: number }) =>
    size && size.width > 0 && size.height > 0 ? { contentType, ...size } : undefined;
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return sized('image/png', pngSize(b));
  }
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return sized('image/jpeg', jpegSize(b));
  if (b.length > 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    return sized('image/webp', webpSize(b));
  }
  if (b.toString('latin1', 0, 5) === '%PDF-') return { contentType: 'application/pdf' };
  return undefined;
}
