import fc from 'fast-check';
import { sniff } from './sniff';

/** The start of a PNG file declaring its size in the IHDR chunk, as far as sniffing reads. */
function pngHead(width: number, height: number): Buffer {
  const head = Buffer.alloc(33);
  head.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'latin1');
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  return head;
}

describe('sniff properties', () => {
  it('reads the size a PNG declares, and refuses a PNG of no size', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 32 - 1 }), (width, height) => {
        expect(sniff(pngHead(width, height))).toEqual(
          width && height ? { contentType: 'image/png', width, height } : undefined,
        );
      }),
    );
  });

  it('never throws on hostile bytes, and any size it reports is positive', () => {
    const magic = fc.constantFrom(
      pngHead(1, 1).subarray(0, 8),
      Buffer.from([0xff, 0xd8, 0xff]),
      Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'),
      Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'),
      Buffer.from('RIFF\0\0\0\0WEBPVP8L', 'latin1'),
      Buffer.from('%PDF-'),
      Buffer.alloc(0),
    );
    fc.assert(
      fc.property(magic, fc.uint8Array({ maxLength: 64 }), (head, noise) => {
        const found = sniff(Buffer.concat([head, noise]));
        if (found?.width !== undefined) expect(found.width > 0 && (found.height as number) > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
