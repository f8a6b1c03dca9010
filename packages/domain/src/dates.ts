// Civil dates as `YYYY-MM-DD` strings. Deadlines in this domain are calendar days in China, not
// instants: holding them as strings and computing with Date.UTC day numbers means no time zone or
// daylight-saving rule can ever shift a due date by one day, on the server or in a browser.
import { DomainError, ErrorCode } from "./errors";

/** A civil date, `YYYY-MM-DD`. Obtain one from `parseLocalDate` (or a function of this module). */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** China Standard Time, UTC+8, has had no daylight saving since 1991. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

interface Parts {
  year: number;
  month: number; // 1..12
  day: number;
}

function partsOf(date: LocalDate): Parts | null {
  const m = PATTERN.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function mustParts(date: LocalDate): Parts {
  const parts = partsOf(date);
  if (!parts) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Not a valid date (YYYY-MM-DD): "${date}"`, { date });
  return parts;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function format({ year, month, day }: Parts): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01: the one number all arithmetic goes through. */
function dayNumber(date: LocalDate): number {
  const { year, month, day } = mustParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  return format({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Days in `month` (1..12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no 2024-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && partsOf(value) !== null;
}

/** The date itself when valid; DomainError(BAD_USER_INPUT) otherwise. */
export function parseLocalDate(value: string): LocalDate {
  mustParts(value);
  return value;
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Days must be an integer: ${days}`);
  return fromDayNumber(dayNumber(date) + days);
}

/** `to` minus `from` in days: positive when `to` is later. */
export function diffCalendarDays(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * `n` calendar months later (or earlier for negative n), clamped to the last day of the target month,
 * the usual reading of "3 months after": 2024-03-31 + 3 → 2024-06-30, 2024-01-31 + 1 → 2024-02-29.
 */
export function addCalendarMonths(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Months must be an integer: ${n}`);
  const { year, month, day } = mustParts(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  const n = dayNumber(date);
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(date: LocalDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** -1, 0 or 1 (validates both; for valid values this equals plain string order). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  const d = dayNumber(a) - dayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The civil date of an instant at a fixed UTC offset (default China, UTC+8): "today" for deadlines. */
export function localDateAt(instant: Date, utcOffsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): LocalDate {
  const shifted = new Date(instant.getTime() + utcOffsetMinutes * 60_000);
  return format({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export function dateRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const out: LocalDate[] = [];
  for (let n = start; n <= end; n++) out.push(fromDayNumber(n));
  return out;
}
