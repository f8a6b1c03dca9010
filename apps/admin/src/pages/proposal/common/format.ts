// How items are named and dated on screen: 提案第 12 号, YYYY-MM-DD.
import dayjs from "dayjs";
import type { Messages } from "../../../i18n";

/** `第 12 号`, or 未编号 before registration. */
export function itemNumber(number: number | null | undefined, t: Messages): string {
  return number ? t.items.numberOf(number) : t.items.unnumbered;
}

/** A DateTime shown as its local date (YYYY-MM-DD). */
export function dateOf(value: string | null | undefined): string | undefined {
  return value ? dayjs(value).format("YYYY-MM-DD") : undefined;
}

/** Today's civil date, YYYY-MM-DD. */
export function todayDate(): string {
  return dayjs().format("YYYY-MM-DD");
}
