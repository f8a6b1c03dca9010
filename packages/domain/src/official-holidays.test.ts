import { addWorkingDays } from "./calendar";
import { isWeekend } from "./dates";
import { OFFICIAL_HOLIDAY_ROWS, OFFICIAL_HOLIDAY_YEARS, calendarFromRows, officialHolidayCalendar } from "./official-holidays";

describe("official holiday notices", () => {
  it("covers 2024, 2025 and 2026", () => {
    expect(OFFICIAL_HOLIDAY_YEARS).toEqual([2024, 2025, 2026]);
    for (const row of OFFICIAL_HOLIDAY_ROWS) expect(row.date.startsWith(String(row.year))).toBe(true);
  });

  it("makes up only weekend days", () => {
    const workdays = OFFICIAL_HOLIDAY_ROWS.filter((r) => r.kind === "WORKDAY");
    expect(workdays).toHaveLength(8 + 5 + 6);
    for (const row of workdays) expect([row.date, isWeekend(row.date)]).toEqual([row.date, true]);
  });

  it("never lists a date twice", () => {
    const dates = OFFICIAL_HOLIDAY_ROWS.map((r) => r.date);
    expect(new Set(dates).size).toBe(dates.length);
    const cal = officialHolidayCalendar();
    for (const d of cal.holidays) expect(cal.makeUpWorkdays.has(d)).toBe(false);
  });

  it("has the off days of each notice", () => {
    const count = (year: number, name: string): number =>
      OFFICIAL_HOLIDAY_ROWS.filter((r) => r.year === year && r.name === name && r.kind === "HOLIDAY").length;
    expect(count(2024, "春节")).toBe(8);
    expect(count(2024, "国庆节")).toBe(7);
    expect(count(2025, "国庆节、中秋节")).toBe(8);
    expect(count(2026, "春节")).toBe(9);
    expect(count(2026, "元旦")).toBe(3);
  });

  it("gives DOMAIN.md's example", () => {
    expect(addWorkingDays("2025-09-26", 5, officialHolidayCalendar())).toBe("2025-10-10");
  });

  it("builds a calendar from stored rows", () => {
    const cal = calendarFromRows([
      { date: "2030-01-01", kind: "HOLIDAY" },
      { date: "2030-01-05", kind: "WORKDAY" },
    ]);
    expect([...cal.holidays]).toEqual(["2030-01-01"]);
    expect([...cal.makeUpWorkdays]).toEqual(["2030-01-05"]);
  });
});
