/**
 * Dates and times in Asia/Shanghai, whatever the server's timezone. China has kept UTC+8 all year
 * since 1991 (no daylight saving), so fixed-offset arithmetic is exact and needs no tz database.
 * Local dates are `YYYY-MM-DD` strings and local times `HH:MM` strings or minutes after midnight.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export type LocalDate = string;
export type LocalTime = string;

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Month 13 or day 00 is no date at all (an invalid Date); 02-30 rolls over to March.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function minutesOf(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOf(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The Shanghai date and minute of the day at an instant. */
export function shanghaiClock(at: Date = new Date()): { date: LocalDate; minutes: number } {
  const shifted = new Date(at.getTime() + OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

export const shanghaiToday = (at: Date = new Date()): LocalDate => shanghaiClock(at).date;

/** The instant of a Shanghai wall-clock time (minutes may exceed a day: 1440 is the next midnight). */
export function shanghaiInstant(date: LocalDate, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * 60_000);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** `2026-11-23T09:00:00+08:00`: how instants are shown to visitors and in JSON-LD. */
export function shanghaiIso(at: Date): string {
  return `${new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
