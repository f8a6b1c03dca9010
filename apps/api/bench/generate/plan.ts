// The decisions behind each generated item, drawn from the seeded generator: its status (older years
// closed, the current year in every state), its assignment mode and units, and a few helpers for dates.
import { addCalendarDays, type AssignmentRole, type LocalDate, type ProposalStatus } from "@jyta/domain";
import type { Prng } from "../lib/prng";

const PAST_YEAR_STATUS = { NOT_REGISTERED: 3, MERGED: 2, WITHDRAWN: 1, CLOSED: 94 } as const;
const CURRENT_YEAR_STATUS = {
  DRAFT: 2, SUBMITTED: 4, REGISTERED: 4, NOT_REGISTERED: 2, MERGED: 2, WITHDRAWN: 1, HANDLING: 40, REPLIED: 15, CLOSED: 30,
} as const;

export function pickStatus(prng: Prng, currentYear: boolean): ProposalStatus {
  return currentYear ? prng.weighted(CURRENT_YEAR_STATUS) : prng.weighted(PAST_YEAR_STATUS);
}

/** Statuses an item reaches only after 立案 (it has a number). */
export const NUMBERED: readonly ProposalStatus[] = ["REGISTERED", "HANDLING", "REPLIED", "CLOSED"];
export const HANDLED: readonly ProposalStatus[] = ["HANDLING", "REPLIED", "CLOSED"];

export interface PlannedAssignment {
  unit: number;
  role: AssignmentRole;
  share: number | null;
}

/**
 * Distinct unit indexes with a skew: a few departments (住建, 交通, 教育, …) carry most of the load, as in
 * real districts; the square of a uniform draw puts about a third of the draws in the first tenth.
 */
function pickUnits(prng: Prng, unitCount: number, n: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(unitCount * prng.next() ** 2));
  return [...chosen];
}

/** ~60% SOLE, 25% LEAD + 1–3 CO, 15% SPLIT among 2–3 units; shares sum to 100 where given. */
export function planAssignments(prng: Prng, unitCount: number): PlannedAssignment[] {
  const mode = prng.weighted({ SOLE: 60, LEAD_CO: 25, SPLIT: 15 });
  if (mode === "SOLE") return [{ unit: pickUnits(prng, unitCount, 1)[0]!, role: "SOLE", share: null }];
  if (mode === "SPLIT") {
    const units = pickUnits(prng, unitCount, prng.int(2, 3));
    const share = Math.floor(100 / units.length);
    return units.map((unit, i) => ({ unit, role: "SPLIT", share: i === 0 ? 100 - share * (units.length - 1) : share }));
  }
  const [lead, ...co] = pickUnits(prng, unitCount, 1 + prng.int(1, 3));
  const coShare = Math.floor(40 / co.length);
  return [{ unit: lead!, role: "LEAD", share: 100 - coShare * co.length }, ...co.map((unit) => ({ unit, role: "CO" as const, share: coShare }))];
}

/** An ISO instant on a civil date in China at a working hour drawn from the generator. */
export function instant(prng: Prng, date: LocalDate): string {
  const minutes = prng.int(8 * 60 + 30, 18 * 60);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00+08:00`;
}

export function plusDays(date: LocalDate, days: number): LocalDate {
  return addCalendarDays(date, days);
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
