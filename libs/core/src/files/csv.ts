import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { AppError } from '../errors/app-error';
import { FileErrors } from './file-errors';
import { SheetLimits, SheetRows } from './sheet-limits';

const CHUNK_CHARACTERS = 64 * 1024;

/** UTF-8 (with or without BOM), else GB18030: what Excel on a Chinese Windows saves as "CSV". */
function decodeText(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK_CHARACTERS) yield text.slice(i, i + CHUNK_CHARACTERS);
}

/** A CSV file parsed record by record; reading stops at the first record past a cap. */
export async function readCsv(file: Buffer, limits: SheetLimits): Promise<SheetRows> {
  const tooLarge = () =>
    new AppError(FileErrors.SHEET_TOO_LARGE, { maxRows: limits.maxRows, maxColumns: limits.maxColumns });
  const parser = Readable.from(chunks(decodeText(file))).pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      // A record is at most every column at the cell cap; a million-column line fails here, unbuffered.
      max_record_size: limits.maxColumns * Math.min(limits.maxCellCharacters, 4096),
    }),
  );
  const rows: SheetRows = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (record.length > limits.maxColumns && record.slice(limits.maxColumns).some(Boolean)) throw tooLarge();
      if (record.some((cell) => cell.length > limits.maxCellCharacters)) throw tooLarge();
      rows.push(record.slice(0, limits.maxColumns));
      if (rows.length > limits.maxRows + 1) throw tooLarge();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw tooLarge();
    throw new AppError(FileErrors.SHEET_UNREADABLE);
  }
  return rows;
}
