import { intervalFor, periodsOf, presetPeriod } from '../src/consoles/stats/figures';

/** The statistics pages' periods: presets in Beijing dates, and the even time axis of the series chart. */
describe('statistics periods', () => {
  it('makes this month, quarter and year from their first to their last day', () => {
    expect(presetPeriod('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('quarter', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('quarter', '2028-05-01')).toEqual({ from: '2028-04-01', to: '2028-06-30' });
    expect(presetPeriod('year', '2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('chooses days for a month, weeks for a quarter, months for a year', () => {
    expect(intervalFor({ from: '2026-11-01', to: '2026-11-30' })).toBe('day');
    expect(intervalFor({ from: '2026-10-01', to: '2026-12-31' })).toBe('week');
    expect(intervalFor({ from: '2026-01-01', to: '2026-12-31' })).toBe('month');
  });

  it('names every period as the API does: the day, the Monday of the week, the first of the month', () => {
    expect(periodsOf({ from: '2026-10-30', to: '2026-11-02' }, 'day')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    // 2026-10-01 is a Thursday: its week starts on Monday 28 September.
    const weeks = periodsOf({ from: '2026-10-01', to: '2026-12-31' }, 'week');
    expect(weeks[0]).toBe('2026-09-28');
    expect(weeks.at(-1)).toBe('2026-12-28');
    expect(weeks).toHaveLength(14);
    expect(periodsOf({ from: '2026-01-15', to: '2026-12-31' }, 'month')).toHaveLength(12);
  });
});
