import { defineErrors } from '@kepu/core';

export const StatsErrors = defineErrors({
  PERIOD_INVERTED: { status: 400, zh: '结束日期须不早于开始日期', en: 'The period must not end before it starts' },
  PERIOD_TOO_LONG: { status: 400, zh: '统计区间最长十年', en: 'A period can be at most ten years long' },
  // Yearly service (docs/register.md)
  YEAR_NOT_BEGUN: { status: 400, zh: '这一年还没有开始', en: 'That year has not begun yet' },
});
