import fc from "fast-check";
import { WEEKENDS_ONLY, addWorkingDays, countWorkingDays, isWorkingDay } from "./calendar";
import { diffCalendarDays, isWeekend } from "./dates";
import { officialHolidayCalendar } from "./official-holidays";
import { arbitraryDate, arbitraryDateNearNotices as dateNearNotices } from "./test-support/arbitraries";

const cal = officialHolidayCalendar();
describe("working days", () => {
  it("follows DOMAIN.md §3: 5 working days after Friday 2025-09-26 is 2025-10-10", () => {
    expect(addWorkingDays("2025-09-26", 5, cal)).toBe("2025-10-10");
  });

  it("counts make-up weekend days as working and holidays as off", () => {
    expect(isWorkingDay("2025-09-28", cal)).toBe(true); // Sunday, 调休
    expect(isWorkingDay("2025-10-06", cal)).toBe(false); // Monday, 国庆
    expect(isWorkingDay("2025-10-11", cal)).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2025-10-12", cal)).toBe(false); // plain Sunday
    expect(isWorkingDay("2025-10-09", cal)).toBe(true);
  });

  it("starts counting on the next day, whatever the start day is", () => {
    expect(addWorkingDays("2025-10-01", 1, cal)).toBe("2025-10-09");
    expect(addWorkingDays("2025-09-27", 1, cal)).toBe("2025-09-28");
    expect(addWorkingDays("2024-02-08", 1, cal)).toBe("2024-02-09");
    expect(addWorkingDays("2024-02-09", 1, cal)).toBe("2024-02-18");
    expect(addWorkingDays("2025-09-26", 0, cal)).toBe("2025-09-26");
  });

  it("counts backwards for negative days", () => {
    expect(addWorkingDays("2025-10-10", -5, cal)).toBe("2025-09-26");
    expect(addWorkingDays("2025-10-10", -4, cal)).toBe("2025-09-28");
    expect(countWorkingDays("2025-10-10", "2025-09-26", cal)).toBe(-5);
  });

  it("with no holidays, skips only weekends", () => {
    expect(addWorkingDays("2025-09-26", 5, WEEKENDS_ONLY)).toBe("2025-10-03");
    expect(countWorkingDays("2025-09-26", "2025-10-03", WEEKENDS_ONLY)).toBe(5);
  });

  it("refuses fractional days", () => {
    expect(() => addWorkingDays("2025-09-26", 1.5, cal)).toThrow();
  });
});

describe("working-day properties", () => {
  const days = fc.integer({ min: 1, max: 60 });

  it("lands on a working day, later than the start", () => {
    fc.assert(
      fc.property(dateNearNotices, days, (d, n) => {
        const result = addWorkingDays(d, n, cal);
        expect(isWorkingDay(result, cal)).toBe(true);
        expect(diffCalendarDays(d, result)).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it("is strictly increasing in the number of days", () => {
    fc.assert(
      fc.property(dateNearNotices, days, (d, n) => {
        expect(addWorkingDays(d, n + 1, cal) > addWorkingDays(d, n, cal)).toBe(true);
      }),
    );
  });

  it("counts exactly n working days between start and result", () => {
    fc.assert(
      fc.property(dateNearNotices, fc.integer({ min: -60, max: 60 }), (d, n) => {
        expect(countWorkingDays(d, addWorkingDays(d, n, cal), cal)).toBe(n);
      }),
    );
  });

  it("without holidays, never lands on a weekend", () => {
    fc.assert(
      fc.property(arbitraryDate, days, (d, n) => {
        expect(isWeekend(addWorkingDays(d, n, WEEKENDS_ONLY))).toBe(false);
      }),
    );
  });
});
