import { SaxesParser, SaxesTagPlain } from 'saxes';
import type { Readable } from 'node:stream';
import { Entry, fromBuffer, ZipFile } from 'yauzl';
import { AppError } from '../errors/app-error';
import { FileErrors } from './file-errors';
import { SheetLimits, SheetRows, TypedSheet } from './sheet-limits';

/**
 * What a workbook may look like before a byte of it is inflated. Excel writes a dozen entries;
 * Apache POI's zip-bomb rule refuses an entry that inflates more than 100 times.
 */
export const XLSX_LIMITS = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 100 };
/** Small entries (styles, rels) may compress far better than that without harm. */
const RATIO_CHECKED_ABOVE_BYTES = 1024 * 1024;

const unreadable = () => new AppError(FileErrors.SHEET_UNREADABLE);
const unsafe = (reason: string) => new AppError(FileErrors.SHEET_UNSAFE, { reason });
const tooLarge = (limits: SheetLimits) =>
  new AppError(FileErrors.SHEET_TOO_LARGE, {
    maxRows: limits.maxRows,
    maxColumns: limits.maxColumns,
    maxCellCharacters: limits.maxCellCharacters,
  });

export const isZip = (file: Buffer) => file.length > 4 && file.readUInt32LE(0) === 0x04034b50;

/** The first sheet of an XLSX workbook as rows of trimmed cell texts, streamed and stopped at the caps. */
export async function readXlsx(file: Buffer, limits: SheetLimits): Promise<SheetRows> {
  return (await readXlsxTyped(file, limits)).rows;
}

/** readXlsx's rows, and which of their cells were number cells. */
export async function readXlsxTyped(file: Buffer, limits: SheetLimits): Promise<TypedSheet> {
  const zip = await openZip(file);
  try {
    const entries = await centralDirectory(zip);
    const read = (name: string) => entries.get(name) && openEntry(zip, entries.get(name) as Entry);
    const sheetPath = await firstSheetPath(read);
    const sheet = entries.get(sheetPath);
    if (!sheet) throw unreadable();
    const sharedStrings = entries.has('xl/sharedStrings.xml')
      ? await readSharedStrings(await openEntry(zip, entries.get('xl/sharedStrings.xml') as Entry), limits)
      : [];
    return await readRows(await openEntry(zip, sheet), sharedStrings, limits);
  } finally {
    zip.close();
  }
}

function openZip(file: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(unreadable()) : resolve(zip),
    ),
  );
}

/** Reads the central directory only: names and declared sizes are judged before anything is inflated. */
function centralDirectory(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    let total = 0;
    zip.on('entry', (entry: Entry) => {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entries.size >= XLSX_LIMITS.maxEntries) return reject(unsafe('entries'));
      if (entry.uncompressedSize > RATIO_CHECKED_ABOVE_BYTES && ratio > XLSX_LIMITS.maxRatio) {
        return reject(unsafe('compression ratio'));
      }
      if (total > XLSX_LIMITS.maxUncompressedBytes) {
        return reject(
          new AppError(FileErrors.SHEET_TOO_LARGE, { maxUncompressedBytes: XLSX_LIMITS.maxUncompressedBytes }),
        );
      }
      entries.set(entry.fileName.replace(/^\//, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(unreadable()));
    zip.readEntry();
  });
}

/** yauzl checks while inflating that no entry grows past its declared size, so the totals above hold. */
function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(unreadable());
      stream.setEncoding('utf8');
      resolve(stream);
    }),
  );
}

const localName = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/**
 * Feeds a stream through a SAX parser. A DOCTYPE is refused outright (entity expansion, external
 * entities); an undefined entity fails the parse. A handler's AppError stops the read at once.
 */
function parseXml(stream: Readable, listen: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw unsafe('DOCTYPE');
  });
  listen(parser);
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      stream.destroy();
      reject(error instanceof AppError ? error : unreadable());
    };
    stream.on('data', (chunk: string) => {
      try {
        parser.write(chunk);
      } catch (error) {
        fail(error);
      }
    });
    stream.on('error', fail);
    stream.on('end', () => {
      try {
        parser.close();
        resolve();
      } catch (error) {
        fail(error);
      }
    });
  });
}

/** The workbook's first sheet, by its relationship id, as Excel lists sheets in tab order. */
async function firstSheetPath(read: (name: string) => Promise<Readable> | undefined): Promise<string> {
  const workbook = read('xl/workbook.xml');
  const relations = read('xl/_rels/workbook.xml.rels');
  if (!workbook || !relations) throw unreadable();
  let sheetId: string | undefined;
  await parseXml(await workbook, (parser) =>
    parser.on('opentag', (tag) => {
      if (localName(tag) === 'sheet' && sheetId === undefined) sheetId = String(tag.attributes['r:id'] ?? '');
    }),
  );
  let target: string | undefined;
  await parseXml(await relations, (parser) =>
    parser.on('opentag', (tag) => {
      if (localName(tag) === 'Relationship' && tag.attributes.Id === sheetId) target = String(tag.attributes.Target);
    }),
  );
  if (!target) throw unreadable();
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Rich-text runs joined; phonetic guides (rPh) are not part of the text. */
async function readSharedStrings(stream: Readable, limits: SheetLimits): Promise<string[]> {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  await parseXml(stream, (parser) => {
    parser.on('opentag', (tag) => {
      const name = localName(tag);
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    });
    parser.on('closetag', (tag) => {
      const name = localName(tag);
      if (name === 'si') strings.push(current ?? '');
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    });
    parser.on('text', (text) => {
      if (!inText || current === undefined) return;
      current += text;
      if (current.length > limits.maxCellCharacters) throw tooLarge(limits);
    });
  });
  return strings;
}

/** "AB12" → 27 (zero-based column). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function cellText(type: string, value: string, sharedStrings: string[]): string {
  if (type === 's') return sharedStrings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'true' : 'false';
  return value;
}

/** Non-empty rows, each as long as the widest; cells past the column cap or rows past the row cap refuse the sheet. */
async function readRows(stream: Readable, sharedStrings: string[], limits: SheetLimits): Promise<TypedSheet> {
  const rows: SheetRows = [];
  /** `row:column` of the number cells (a cell without `t` is a number). */
  const numbers = new Set<string>();
  let numbersInRow: number[] = [];
  const rowNumbers: number[] = [];
  let rowNumber = 0;
  let row: string[] | undefined;
  let cell: { column: number; type: string; value: string } | undefined;
  let nextColumn = 0;
  let inValue = false;
  let width = 0;
  await parseXml(stream, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag);
      if (name === 'row') {
        row = [];
        numbersInRow = [];
        rowNumber = Number(tag.attributes.r) || rowNumber + 1;
        nextColumn = 0;
      } else if (name === 'c' && row) {
        const reference = tag.attributes.r;
        const column = reference ? columnIndex(String(reference)) : nextColumn;
        cell = { column, type: String(tag.attributes.t ?? 'n'), value: '' };
      } else if ((name === 'v' || name === 't') && cell) {
        inValue = true;
      }
    });
    parser.on('text', (text) => {
      if (!inValue || !cell) return;
      cell.value += text;
      if (cell.value.length > limits.maxCellCharacters) throw tooLarge(limits);
    });
    parser.on('closetag', (tag) => {
      const name = localName(tag);
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && cell && row) {
        const text = cellText(cell.type, cell.value, sharedStrings).trim();
        nextColumn = cell.column + 1;
        if (text) {
          if (cell.column >= limits.maxColumns || cell.column < 0) throw tooLarge(limits);
          row[cell.column] = text;
          if (cell.type === 'n') numbersInRow.push(cell.column);
        }
        cell = undefined;
      } else if (name === 'row' && row) {
        if (row.length) {
          for (const column of numbersInRow) numbers.add(`${rows.length}:${column}`);
          rowNumbers.push(rowNumber);
          rows.push(Array.from(row, (text) => text ?? ''));
          width = Math.max(width, row.length);
          if (rows.length > limits.maxRows + 1) throw tooLarge(limits);
        }
        row = undefined;
      }
    });
  });
  return {
    rows: rows.map((cells) => (cells.length < width ? [...cells, ...Array(width - cells.length).fill('')] : cells)),
    isNumber: (r, column) => numbers.has(`${r}:${column}`),
    rowNumber: (r) => rowNumbers[r],
  };
}
