import { locale } from './preferences';

/** Every time on the page is Beijing time, wherever the browser is. */
const ZONE = 'Asia/Shanghai';

const format = (options: Intl.DateTimeFormatOptions) => (value: string | Date) =>
  new Intl.DateTimeFormat(locale.value, { timeZone: ZONE, ...options }).format(new Date(value));

export const formatTime = format({ hour: '2-digit', minute: '2-digit', hour12: false });
export const formatDate = format({ month: 'long', day: 'numeric', weekday: 'short' });
/** A date with its year, for things a year or more ago: "2025年11月3日". */
export const formatDateWithYear = format({ year: 'numeric', month: 'long', day: 'numeric' });
export const formatDateTime = format({
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A slot or booking's day and times: "11月26日周四 10:00–11:00". */
export const formatSpan = ({ start, end }: { start: string; end: string }) =>
  `${formatDateTime(start)}–${formatTime(end)}`;

/** Today's date in Beijing as YYYY-MM-DD. */
export function todayInBeijing(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
}

/** A local date (YYYY-MM-DD) shown with its weekday. */
export const formatLocalDate = (date: string) => formatDate(`${date}T12:00:00+08:00`);

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
