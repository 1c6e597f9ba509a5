import { AppError } from '@kepu/core';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { RegisterErrors } from '../register-errors';

export const CENSUS_MAX_ROWS = 5000;

const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

/** UTF-8 (with or without BOM), else GB18030: what Excel on a Chinese Windows saves as "CSV". */
function decodeText(b: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('gb18030').decode(b);
  }
}

const cellText = (cell: ExcelJS.Cell): string => {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return cell.text;
};

/** An XLSX (first sheet) or CSV file as rows of trimmed cell texts; the first row holds the headers. */
export async function readSheet(file: Buffer): Promise<string[][]> {
  let rows: string[][];
  try {
    if (isZip(file)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      rows = [];
      sheet?.eachRow({ includeEmpty: false }, (row) => {
        const cells: string[] = [];
        for (let i = 1; i <= sheet.columnCount; i++) cells.push(cellText(row.getCell(i)).trim());
        rows.push(cells);
      });
    } else {
      rows = parse(decodeText(file), { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    }
  } catch {
    throw new AppError(RegisterErrors.IMPORT_FILE_UNREADABLE);
  }
  if (!rows.length) throw new AppError(RegisterErrors.IMPORT_FILE_UNREADABLE);
  if (rows.length - 1 > CENSUS_MAX_ROWS) throw new AppError(RegisterErrors.IMPORT_TOO_MANY_ROWS);
  return rows;
}

/** CSV with a BOM, so Excel opens the Chinese text correctly. */
export const writeCsv = (rows: unknown[][]): Buffer => Buffer.from(`\uFEFF${stringify(rows)}`, 'utf8');

export async function writeXlsx(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
