// fast-check generators shared by the property tests (excluded from the build: tests only).
import fc from "fast-check";
import { daysInMonth, type LocalDate } from "../dates";

/** Any date from 1990 to 2099. */
export const arbitraryDate: fc.Arbitrary<LocalDate> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const d = Math.min(day, daysInMonth(year, month));
    return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  });

/** Dates of 2024–2026, the years the shipped holiday notices cover. */
export const arbitraryDateNearNotices: fc.Arbitrary<LocalDate> = fc
  .integer({ min: 0, max: 3 * 366 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
