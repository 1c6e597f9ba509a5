import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** What a spreadsheet program may read as the start of a formula (OWASP CSV injection), full-width forms too. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const NEUTRALISED = /^'(?=[=+\-@\t\r＝＋－＠])/;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export const neutraliseFormula = (value: unknown): unknown =>
  typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;

/** Takes back what neutraliseFormula added, so an exported sheet imports back unchanged. */
export const restoreNeutralised = (text: string): string => text.replace(NEUTRALISED, '');

/** Formula-safe CSV lines without the BOM: a large file is written batch by batch after `CSV_BOM`. */
export const csvText = (rows: unknown[][]): string => stringify(rows.map((row) => row.map(neutraliseFormula)));

/** Lets Excel open the Chinese text correctly. */
export const CSV_BOM = '\uFEFF';

/** CSV with a BOM, so Excel opens the Chinese text correctly. */
export const writeCsv = (rows: unknown[][]): Buffer => Buffer.from(`${CSV_BOM}${csvText(rows)}`, 'utf8');

const COLUMN_WIDTH = 18;

/** A string cell is text in the text number format (@), never a formula, even once someone edits it in Excel. */
const keepText = (row: ExcelJS.Row) =>
  row.eachCell((cell) => {
    if (typeof cell.value === 'string') cell.numFmt = '@';
  });

/**
 * Strings are written as text cells in the text number format (@), never as formulas, so a cell a
 * visitor typed stays text even when someone edits it in Excel.
 */
export async function writeXlsx(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows(rows);
    sheet.eachRow(keepText);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = COLUMN_WIDTH));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * writeXlsx's cells, streamed to a file: rows arrive in batches and leave memory once written, so a
 * sheet of any length fits (exceljs' streaming writer, inline strings).
 */
export async function writeXlsxFile(
  path: string,
  sheets: { name: string; columns: number; rows: AsyncIterable<unknown[][]> | unknown[][][] }[],
  properties: { title: string; description: string },
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  Object.assign(workbook, properties);
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = Array.from({ length: columns }, () => ({ width: COLUMN_WIDTH }));
    let header = true;
    for await (const batch of rows) {
      for (const values of batch) {
        const row = sheet.addRow(values);
        keepText(row);
        if (header) row.font = { bold: true };
        header = false;
        row.commit();
      }
    }
    sheet.commit();
  }
  await workbook.commit();
}
