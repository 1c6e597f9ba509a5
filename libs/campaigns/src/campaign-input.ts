/** The longest campaign, in days: 科技活动周 is a week, 全国科普日 a few; a season is the most. */
export const MAX_CAMPAIGN_DAYS = 62;
