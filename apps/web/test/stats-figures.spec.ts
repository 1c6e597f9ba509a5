import { intervalFor, presetPeriod } from '../src/consoles/stats/figures';

/** The statistics pages' periods: presets in Beijing dates, and the interval of the series chart. */
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
});
