// Working days in China: weekends and official holidays are off, and some weekend days are make-up
// working days (调休). The calendar is data (seeded from the State Council notices, editable by
// admins), passed in by the caller, so this arithmetic stays pure (DOMAIN.md §3).
import { addCalendarDays, isWeekend, diffCalendarDays, type LocalDate } from "./dates";
import { DomainError, ErrorCode } from "./errors";

export interface HolidayCalendar {
  /** Days off, weekday or not (a holiday falling on a weekend is simply off). */
  readonly holidays: ReadonlySet<LocalDate>;
  /** Weekend days that are working days (调休上班). */
  readonly makeUpWorkdays: ReadonlySet<LocalDate>;
}

/** Weekends only: for tests and for years the calendar has no data for. */
export const WEEKENDS_ONLY: HolidayCalendar = { holidays: new Set(), makeUpWorkdays: new Set() };

/** A make-up working day wins over everything; then holidays are off; then weekends are off. */
export function isWorkingDay(date: LocalDate, calendar: HolidayCalendar): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekend(date);
}

/**
 * The date `days` working days after `from`, counting starts on the next day (the day of the event
 * does not count, whatever it is). 5 working days after Friday 2025-09-26 is 2025-10-10 with the 2025
 * calendar. Negative `days` count backwards; 0 returns `from`.
 */
export function addWorkingDays(from: LocalDate, days: number, calendar: HolidayCalendar): LocalDate {
  if (!Number.isInteger(days)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Working days must be an integer: ${days}`, { days });
  }
  const step = days < 0 ? -1 : 1;
  let date = from;
  let left = Math.abs(days);
  while (left > 0) {
    date = addCalendarDays(date, step);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/**
 * Working days in (from, to], the inverse of addWorkingDays: addWorkingDays(from, n) = to implies
 * countWorkingDays(from, to) = n. When `to` is earlier, minus the working days in [to, from).
 */
export function countWorkingDays(from: LocalDate, to: LocalDate, calendar: HolidayCalendar): number {
  const span = diffCalendarDays(from, to);
  const first = span >= 0 ? 1 : span; // offsets from `from` of the days counted
  const last = span >= 0 ? span : -1;
  let count = 0;
  for (let offset = first; offset <= last; offset++) {
    if (isWorkingDay(addCalendarDays(from, offset), calendar)) count++;
  }
  return span >= 0 ? count : -count;
}
