// Dates as the product prints them: YYYY-MM-DD (STYLE.md), times to the minute in local time.
import dayjs, { type Dayjs } from "dayjs";

export const DATE_FORMAT = "YYYY-MM-DD";

export function formatDateTime(value: string | null | undefined): string | undefined {
  return value ? dayjs(value).format("YYYY-MM-DD HH:mm") : undefined;
}

/** A GraphQL `Date` (YYYY-MM-DD) for a date picker, and back. */
export function toDayjs(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined; // dayjs reads YYYY-MM-DD as a local date
}

export function fromDayjs(value: Dayjs | null | undefined): string | null {
  return value ? value.format(DATE_FORMAT) : null;
}
