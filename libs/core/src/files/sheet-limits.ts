/** A sheet as rows of trimmed cell texts; the first row holds the headers. */
export type SheetRows = string[][];

/** How much of a sheet is read: past any cap the file is refused, and reading stops there. */
export interface SheetLimits {
  /** Data rows, not counting the header row. */
  maxRows: number;
  maxColumns: number;
  maxCellCharacters: number;
}

/** Excel's own limit for one cell. */
export const EXCEL_CELL_CHARACTERS = 32_767;
