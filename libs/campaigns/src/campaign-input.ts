import { VOCABULARIES } from '@kepu/register';

/** What campaign bodies and queries check their fields against. */
export const THEME_CODES = Object.keys(VOCABULARIES.themes);
/** Text with something in it besides spaces. */
export const NOT_BLANK = /\S/;
/** A region code as the regions table writes them (`440305`, `440300-DP`). */
export const REGION_CODE = /^[0-9A-Za-z-]{1,16}$/;
/** The longest campaign, in days: 科技活动周 is a week, 全国科普日 a few; a season is the most. */
export const MAX_CAMPAIGN_DAYS = 62;
