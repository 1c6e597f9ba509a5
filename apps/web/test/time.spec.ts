import fc from 'fast-check';
import { locale } from '../src/lib/preferences';
import {
  formatDate,
  formatDateTime,
  formatDateWithYear,
  formatDayChip,
  formatShortDateTime,
  formatTime,
  todayInBeijing,
} from '../src/lib/time';

/**
 * The web app writes Beijing dates itself instead of through Intl (src/lib/time.ts says why); what it
 * writes is what Intl writes for zh-CN and en, for any moment. hourCycle h23: Node's ICU writes
 * midnight as "24:05" with hour12: false, where browsers write "00:05".
 */
const intl = (language: string, options: Intl.DateTimeFormatOptions) => (value: Date) =>
  new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', hourCycle: 'h23', ...options }).format(value);
const clock = { hour: '2-digit', minute: '2-digit' } as const;

const moments = fc.date({
  min: new Date('1995-01-01T00:00:00Z'),
  max: new Date('2060-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe.each(['zh-CN', 'en'] as const)('Beijing dates in %s', (language) => {
  beforeAll(() => (locale.value = language));
  afterAll(() => (locale.value = 'zh-CN'));

  it.each([
    ['formatTime', formatTime, clock],
    ['formatDate', formatDate, { month: 'long', day: 'numeric', weekday: 'short' }],
    ['formatDateWithYear', formatDateWithYear, { year: 'numeric', month: 'long', day: 'numeric' }],
    ['formatDateTime', formatDateTime, { month: 'long', day: 'numeric', weekday: 'short', ...clock }],
    ['formatShortDateTime', formatShortDateTime, { month: 'short', day: 'numeric', ...clock }],
  ] as const)('%s writes what Intl writes', (_name, ours, options) => {
    const reference = intl(language, options);
    fc.assert(fc.property(moments, (moment) => ours(moment) === reference(moment)));
  });

  it('writes a day chip as Intl writes a short date', () => {
    const reference = intl(language, { month: 'short', day: 'numeric', weekday: 'short' });
    expect(formatDayChip('2026-12-04')).toBe(reference(new Date('2026-12-04T12:00:00+08:00')));
    expect(formatDayChip('2027-01-31')).toBe(reference(new Date('2027-01-31T12:00:00+08:00')));
  });
});

it("gives today's date in Beijing", () => {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
  expect(todayInBeijing()).toBe(iso.format(new Date()));
  expect(todayInBeijing(3)).toBe(iso.format(new Date(Date.now() + 3 * 86_400_000)));
});
