import { fromBuffer } from 'yauzl';

/** The files of a zip (a person's data export, say), by name, as text. */
export function unzip(zip: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error);
      const files: Record<string, string> = {};
      archive.on('entry', (entry) =>
        archive.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          files[entry.fileName] = Buffer.concat(chunks).toString('utf8');
          archive.readEntry();
        }),
      );
      archive.on('end', () => resolve(files));
      archive.on('error', reject);
      archive.readEntry();
    });
  });
}
