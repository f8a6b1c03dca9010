import fc from "fast-check";
import {
  addCalendarDays,
  addCalendarMonths,
  compareLocalDates,
  dateRange,
  dayOfWeek,
  daysInMonth,
  diffCalendarDays,
  isLocalDate,
  isWeekend,
  localDateAt,
  parseLocalDate,
} from "./dates";
import { DomainError } from "./errors";
import { arbitraryDate } from "./test-support/arbitraries";

describe("parseLocalDate", () => {
  it.each(["2024-02-29", "2025-12-31", "2000-02-29"])("accepts %s", (d) => {
    expect(parseLocalDate(d)).toBe(d);
    expect(isLocalDate(d)).toBe(true);
  });

  it.each(["2025-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-1-1", "2024-01-01T00:00", "", "0099-01-01"])(
    "refuses %p with BAD_USER_INPUT",
    (d) => {
      expect(() => parseLocalDate(d)).toThrow(DomainError);
      expect(isLocalDate(d)).toBe(false);
    },
  );
});

describe("calendar arithmetic", () => {
  it("clamps months to the month end", () => {
    expect(addCalendarMonths("2024-03-31", 3)).toBe("2024-06-30");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-11-15", 3)).toBe("2025-02-15");
    expect(addCalendarMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addCalendarMonths("2024-05-20", 0)).toBe("2024-05-20");
  });

  it("adds and subtracts days across months and years", () => {
    expect(addCalendarDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addCalendarDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(diffCalendarDays("2024-01-01", "2025-01-01")).toBe(366);
    expect(diffCalendarDays("2025-01-01", "2024-12-25")).toBe(-7);
  });

  it("knows the weekdays", () => {
    expect(dayOfWeek("2025-09-26")).toBe(5); // Friday
    expect(isWeekend("2025-09-27")).toBe(true);
    expect(isWeekend("2025-09-28")).toBe(true);
    expect(isWeekend("2025-09-29")).toBe(false);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });

  it("takes today's date in China", () => {
    expect(localDateAt(new Date("2025-03-31T16:30:00Z"))).toBe("2025-04-01");
    expect(localDateAt(new Date("2025-03-31T15:59:59Z"))).toBe("2025-03-31");
    expect(localDateAt(new Date("2025-03-31T23:00:00Z"), 0)).toBe("2025-03-31");
  });

  it("lists ranges inclusively", () => {
    expect(dateRange("2024-02-28", "2024-03-01")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(dateRange("2024-03-01", "2024-02-28")).toEqual([]);
  });

  it("compares dates", () => {
    expect(compareLocalDates("2024-01-02", "2024-01-10")).toBe(-1);
    expect(compareLocalDates("2024-01-10", "2024-01-10")).toBe(0);
    expect(compareLocalDates("2025-01-01", "2024-12-31")).toBe(1);
  });
});

describe("properties", () => {
  it("adding days is undone by diffing", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const later = addCalendarDays(d, n);
        expect(isLocalDate(later)).toBe(true);
        expect(diffCalendarDays(d, later)).toBe(n);
      }),
    );
  });

  it("adding months lands in the target month, never beyond it", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -36, max: 36 }), (d, n) => {
        const result = addCalendarMonths(d, n);
        const [y, m, day] = d.split("-").map(Number) as [number, number, number];
        const index = y * 12 + m - 1 + n;
        const [ry, rm, rd] = result.split("-").map(Number) as [number, number, number];
        expect(ry * 12 + rm - 1).toBe(index);
        expect(rd).toBe(Math.min(day, daysInMonth(ry, rm)));
      }),
    );
  });

  it("adding months is monotonic in the date and in n", () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, fc.integer({ min: 0, max: 24 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addCalendarMonths(lo, n) <= addCalendarMonths(hi, n)).toBe(true);
        expect(addCalendarMonths(lo, n) <= addCalendarMonths(lo, n + 1)).toBe(true);
        expect(addCalendarMonths(lo, n + 1) > lo).toBe(true);
      }),
    );
  });
});
