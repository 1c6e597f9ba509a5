import { locale } from './preferences';

/**
 * Every time on the page is Beijing time, wherever the browser is. Beijing has kept UTC+8 without
 * daylight saving since 1991, so its wall clock is UTC moved on eight hours. Dates are written here
 * rather than by Intl.DateTimeFormat: a page's first Intl format loads the browser's locale and time
 * zone data, a quarter of a second of blocked main thread on a mid-range phone (Lighthouse, venue page).
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

interface Wall {
  year: number;
  /** 0–11 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  clock: string;
}

function wall(value: string | Date): Wall {
  const at = new Date(new Date(value).getTime() + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth(),
    day: at.getUTCDate(),
    weekday: at.getUTCDay(),
    clock: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  };
}

/** The words of a date, as Intl writes them for zh-CN and en (the tests compare with Intl). */
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const english = () => locale.value === 'en';
const zhDay = (w: Wall) => `${w.month + 1}月${w.day}日`;
const enDay = (w: Wall, short = false) => `${short ? EN_MONTHS[w.month].slice(0, 3) : EN_MONTHS[w.month]} ${w.day}`;

/** "09:30", 24-hour in both languages. */
export const formatTime = (value: string | Date) => wall(value).clock;
/** "12月4日周五" / "Fri, December 4". */
export function formatDate(value: string | Date): string {
  const w = wall(value);
  return english() ? `${EN_WEEKDAYS[w.weekday]}, ${enDay(w)}` : `${zhDay(w)}${ZH_WEEKDAYS[w.weekday]}`;
}
/** A date with its year, for things a year or more ago: "2025年11月3日" / "November 3, 2025". */
export function formatDateWithYear(value: string | Date): string {
  const w = wall(value);
  return english() ? `${enDay(w)}, ${w.year}` : `${w.year}年${zhDay(w)}`;
}
/** "12月4日周五 09:30" / "Fri, December 4 at 09:30". */
export const formatDateTime = (value: string | Date) =>
  `${formatDate(value)}${english() ? ' at ' : ' '}${formatTime(value)}`;

/** A moment without its weekday, where space is short: "12月6日 10:00", "Dec 6, 10:00". */
export function formatShortDateTime(value: string | Date): string {
  const w = wall(value);
  return english() ? `${enDay(w, true)}, ${w.clock}` : `${zhDay(w)} ${w.clock}`;
}

/** A slot or booking's day and times: "11月26日周四 10:00–11:00". */
export const formatSpan = ({ start, end }: { start: string; end: string }) =>
  `${formatDateTime(start)}–${formatTime(end)}`;

/** Today's date in Beijing as YYYY-MM-DD. */
export const todayInBeijing = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000 + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** A local date (YYYY-MM-DD) shown with its weekday. */
export const formatLocalDate = (date: string) => formatDate(`${date}T12:00:00+08:00`);

/** A local date on a chip in a row of days, short enough not to wrap: "12月4日周五" / "Fri, Dec 4". */
export function formatDayChip(date: string): string {
  const w = wall(`${date}T12:00:00+08:00`);
  return english() ? `${EN_WEEKDAYS[w.weekday]}, ${enDay(w, true)}` : `${zhDay(w)}${ZH_WEEKDAYS[w.weekday]}`;
}

/** "2 天 3 小时" / "2 d 3 h" until a moment, for slots that are not open yet. */
export function countdown(until: string, now: number): string {
  const minutes = Math.max(0, Math.ceil((new Date(until).getTime() - now) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const zh = locale.value !== 'en';
  const parts = [
    d && `${d}${zh ? ' 天' : ' d'}`,
    h && `${h}${zh ? ' 小时' : ' h'}`,
    !d && `${m}${zh ? ' 分钟' : ' min'}`,
  ];
  return parts.filter(Boolean).join(' ');
}
