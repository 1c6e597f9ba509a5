/** Text with something in it besides spaces. */
export const NOT_BLANK = /\S/;

/** A region code as the regions table writes them (`440305`, `440300-DP`). */
export const REGION_CODE = /^[0-9A-Za-z-]{1,16}$/;
