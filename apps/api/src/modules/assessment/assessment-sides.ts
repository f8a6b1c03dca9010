// Which fact flag lists the rows behind each number of a scheme: an indicator's numerator or
// denominator, a deduction's or bonus's counted cases. The same flags are counted in SQL
// (assessment-facts.sql.ts), so a list's length is the count it explains.
import type { AssessmentScheme, IndicatorComputation } from "@jyta/domain";
import { badInput } from "../../graphql/errors";
import type { AssessmentFlag } from "./assessment-facts.sql";
import type { CountedCause, FactRow } from "./assessment-result";

export type AssessmentPartName = "NUMERATOR" | "DENOMINATOR";

const INDICATOR_SIDES: Readonly<Record<IndicatorComputation, readonly [AssessmentFlag, AssessmentFlag]>> = {
  ON_TIME_RATE: ["on_time", "on_time_due"],
  SATISFACTION_RATE: ["satisfied", "rated"],
  // The numerator is a weighted sum: it lists the replies whose category is worth something.
  CATEGORY_MEAN: ["category_scored", "categorized"],
  COMMUNICATION_RATE: ["communicated", "replied"],
  // Summed per reply: both sides list the assignments with rated replies (each row shows its scores).
  QUALITY_MEAN: ["quality_rated", "quality_rated"],
  CO_ON_TIME_RATE: ["co_on_time", "co_due"],
};

const CAUSE_FLAGS: Readonly<Record<CountedCause, AssessmentFlag>> = {
  REWORK: "reworked",
  LATE: "late",
  KEY_LED_CLOSED_A: "key_led_solved",
};

/** The flag behind `key` (an indicator, deduction or bonus of the scheme); BAD_USER_INPUT otherwise. */
export function flagFor(scheme: AssessmentScheme, key: string, part: AssessmentPartName): AssessmentFlag {
  const indicator = scheme.indicators.find((i) => i.key === key);
  if (indicator) return INDICATOR_SIDES[indicator.computation][part === "NUMERATOR" ? 0 : 1];
  const rule = [...scheme.deductions, ...scheme.bonuses].find((r) => r.key === key);
  if (rule) {
    if (part === "DENOMINATOR") throw badInput(`"${key}" counts cases and has no denominator: list its NUMERATOR`);
    return CAUSE_FLAGS[rule.cause];
  }
  const keys = [...scheme.indicators, ...scheme.deductions, ...scheme.bonuses].map((r) => r.key).join(", ");
  throw badInput(`The scheme has no indicator "${key}" (it has ${keys})`, { indicator: [keys] });
}

export function rowsFor(rows: readonly FactRow[], flag: AssessmentFlag): FactRow[] {
  return rows.filter((r) => r[flag]);
}

/** Whether a row counts in a line's numerator and denominator (null: the line has no denominator). */
export function sidesOf(scheme: AssessmentScheme, key: string, row: FactRow): { numerator: boolean; denominator: boolean | null } {
  const numerator = row[flagFor(scheme, key, "NUMERATOR")];
  const isIndicator = scheme.indicators.some((i) => i.key === key);
  return { numerator, denominator: isIndicator ? row[flagFor(scheme, key, "DENOMINATOR")] : null };
}
