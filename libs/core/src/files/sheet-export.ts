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

/** CSV with a BOM, so Excel opens the Chinese text correctly. */
export const writeCsv = (rows: unknown[][]): Buffer =>
  Buffer.from(`\uFEFF${stringify(rows.map((row) => row.map(neutraliseFormula)))}`, 'utf8');

/**
 * Strings are written as text cells in the text number format (@), never as formulas, so a cell a
 * visitor typed stays text even when someone edits it in Excel.
 */
export async function writeXlsx(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows(rows);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@';
      }),
    );
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
