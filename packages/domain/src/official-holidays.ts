// The State Council General Office (国务院办公厅) holiday notices for the years the product ships with.
// Seed data only: the API copies these rows into its editable calendar table, and later years are
// entered by admins when each notice is published (usually in November of the year before).
import { type HolidayCalendar } from "./calendar";
import { dateRange, type LocalDate } from "./dates";

export type HolidayRowKind = "HOLIDAY" | "WORKDAY";

export interface HolidayRow {
  readonly date: LocalDate;
  /** HOLIDAY = day off (放假); WORKDAY = weekend day worked in exchange (调休上班). */
  readonly kind: HolidayRowKind;
  /** The holiday's name as the notice writes it. */
  readonly name: string;
  readonly year: number;
}

export const holidayNameLabels: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: "Spring Festival",
  清明节: "Qingming Festival",
  劳动节: "Labour Day",
  端午节: "Dragon Boat Festival",
  中秋节: "Mid-Autumn Festival",
  国庆节: "National Day",
  "国庆节、中秋节": "National Day and Mid-Autumn Festival",
};

interface NoticeEntry {
  name: string;
  off: readonly [LocalDate, LocalDate];
  work?: readonly LocalDate[];
}

// Transcribed from the notices "国务院办公厅关于20XX年部分节假日安排的通知" for 2024, 2025 and 2026.
const NOTICES: Readonly<Record<number, readonly NoticeEntry[]>> = {
  2024: [
    { name: "元旦", off: ["2024-01-01", "2024-01-01"] },
    { name: "春节", off: ["2024-02-10", "2024-02-17"], work: ["2024-02-04", "2024-02-18"] },
    { name: "清明节", off: ["2024-04-04", "2024-04-06"], work: ["2024-04-07"] },
    { name: "劳动节", off: ["2024-05-01", "2024-05-05"], work: ["2024-04-28", "2024-05-11"] },
    { name: "端午节", off: ["2024-06-10", "2024-06-10"] },
    { name: "中秋节", off: ["2024-09-15", "2024-09-17"], work: ["2024-09-14"] },
    { name: "国庆节", off: ["2024-10-01", "2024-10-07"], work: ["2024-09-29", "2024-10-12"] },
  ],
  2025: [
    { name: "元旦", off: ["2025-01-01", "2025-01-01"] },
    { name: "春节", off: ["2025-01-28", "2025-02-04"], work: ["2025-01-26", "2025-02-08"] },
    { name: "清明节", off: ["2025-04-04", "2025-04-06"] },
    { name: "劳动节", off: ["2025-05-01", "2025-05-05"], work: ["2025-04-27"] },
    { name: "端午节", off: ["2025-05-31", "2025-06-02"] },
    { name: "国庆节、中秋节", off: ["2025-10-01", "2025-10-08"], work: ["2025-09-28", "2025-10-11"] },
  ],
  2026: [
    { name: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
    { name: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
    { name: "清明节", off: ["2026-04-04", "2026-04-06"] },
    { name: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
    { name: "端午节", off: ["2026-06-19", "2026-06-21"] },
    { name: "中秋节", off: ["2026-09-25", "2026-09-27"] },
    { name: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
  ],
};

function rowsOfNotice(year: number, entries: readonly NoticeEntry[]): HolidayRow[] {
  return entries.flatMap(({ name, off, work = [] }) => [
    ...dateRange(off[0], off[1]).map((date): HolidayRow => ({ date, kind: "HOLIDAY", name, year })),
    ...work.map((date): HolidayRow => ({ date, kind: "WORKDAY", name, year })),
  ]);
}

/** Every off day and make-up working day of the shipped notices, in date order. */
export const OFFICIAL_HOLIDAY_ROWS: readonly HolidayRow[] = Object.entries(NOTICES)
  .flatMap(([year, entries]) => rowsOfNotice(Number(year), entries))
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The years the shipped notices cover. */
export const OFFICIAL_HOLIDAY_YEARS: readonly number[] = Object.keys(NOTICES).map(Number);

/** A calendar from stored rows (the seed above, or the admin-edited table). */
export function calendarFromRows(rows: Iterable<Pick<HolidayRow, "date" | "kind">>): HolidayCalendar {
  const holidays = new Set<LocalDate>();
  const makeUpWorkdays = new Set<LocalDate>();
  for (const row of rows) (row.kind === "HOLIDAY" ? holidays : makeUpWorkdays).add(row.date);
  return { holidays, makeUpWorkdays };
}

/** The calendar of the shipped notices alone. */
export function officialHolidayCalendar(): HolidayCalendar {
  return calendarFromRows(OFFICIAL_HOLIDAY_ROWS);
}
