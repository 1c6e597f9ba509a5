/** A sheet as rows of trimmed cell texts; the first row holds the headers. */
export type SheetRows = string[][];

/**
 * A sheet's rows with what kind of cell each text came from: an 18-digit ID number in a number
 * cell has already lost its last digits, which the reader of the text alone cannot tell.
 */
export interface TypedSheet {
  rows: SheetRows;
  /** Whether `rows[row][column]` was a number cell of a workbook (a CSV has none). */
  isNumber(row: number, column: number): boolean;
  /** The number the spreadsheet shows beside `rows[row]` (empty rows are left out of `rows`). */
  rowNumber(row: number): number;
}

/** How much of a sheet is read: past any cap the file is refused, and reading stops there. */
export interface SheetLimits {
  /** Data rows, not counting the header row. */
  maxRows: number;
  maxColumns: number;
  maxCellCharacters: number;
}

/** Excel's own limit for one cell. */
export const EXCEL_CELL_CHARACTERS = 32_767;
