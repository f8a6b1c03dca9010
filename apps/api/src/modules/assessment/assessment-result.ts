// The assessment's result as plain data (no GraphQL, no SQL): what the live computation yields, what a
// published snapshot stores, what the export prints. Pure helpers to build it from the domain's
// scores and to compare a snapshot with a fresh computation.
import type { AssessmentScheme, IndicatorComputation, LocalDate, UnitScoreResult } from "@jyta/domain";
import type { AssessmentFlag } from "./assessment-facts.sql";

export interface IndicatorLine {
  key: string;
  label: string;
  labelEn: string;
  computation: IndicatorComputation;
  weight: number;
  numerator: number;
  denominator: number;
  points: number;
}

export type CountedCause = "REWORK" | "LATE" | "KEY_LED_CLOSED_A";

export interface CountedLine {
  key: string;
  label: string;
  labelEn: string;
  cause: CountedCause;
  count: number;
  points: number;
}

export interface AdjustmentLine {
  id: string;
  points: number;
  reason: string;
  /** ISO-8601, so a snapshot compares equal after its JSON round trip. */
  createdAt: string;
}

export interface UnitScoreLine {
  unitId: string;
  total: number;
  rank: number | null;
  grade: string | null;
  gradeKey: string | null;
  ranked: boolean;
  /** Live SOLE/LEAD/SPLIT and CO assignments (the minimum sample counts these). */
  assignmentCount: number;
  indicators: IndicatorLine[];
  deductions: CountedLine[];
  bonuses: CountedLine[];
  adjustments: AdjustmentLine[];
}

export interface AssessmentData {
  year: number;
  /** The civil date the numbers were computed for (overdue counts depend on it). */
  asOf: LocalDate;
  scheme: AssessmentScheme;
  units: UnitScoreLine[];
}

/** One assignment behind the numbers (a row of asmt_facts). */
export type FactRow = {
  id: string;
  proposal_id: string;
  unit_id: string;
  role: string;
  number: number | null;
  title: string;
  status: string;
  kind: string;
  /** The first reply's due date in force and sent date; for a CO row, the opinion's. */
  due_on: string | null;
  sent_on: string | null;
  /** sent (or today, unsent) − due, in days; negative when early. */
  days_late: number | null;
  last_category: string | null;
  quality_scores: number[];
  rework_count: number;
  rating: string | null;
} & Record<AssessmentFlag, boolean>;

/** The domain's per-unit result in the shape above; adjustments keep their ids and times. */
export function unitLine(scheme: AssessmentScheme, r: UnitScoreResult, adjustments: readonly AdjustmentLine[]): UnitScoreLine {
  // scoreUnits returns one line per rule of this very scheme, so every key is found.
  const of = <T>(map: ReadonlyMap<string, T>, key: string): T => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`scheme has no rule "${key}"`);
    return found;
  };
  const computation = new Map(scheme.indicators.map((i) => [i.key, i.computation]));
  const cause = new Map<string, CountedCause>([...scheme.deductions, ...scheme.bonuses].map((d) => [d.key, d.cause]));
  const counted = (c: UnitScoreResult["deductions"][number]): CountedLine => ({
    key: c.key, label: c.zh, labelEn: c.en, cause: of(cause, c.key), count: c.count, points: c.points,
  });
  return {
    unitId: r.unitId,
    total: r.total,
    rank: r.rank,
    grade: r.grade?.zh ?? null,
    gradeKey: r.grade?.key ?? null,
    ranked: r.rank !== null,
    assignmentCount: r.sample,
    indicators: r.indicators.map((i) => ({
      key: i.key, label: i.zh, labelEn: i.en, computation: of(computation, i.key),
      weight: i.weight, numerator: i.numerator, denominator: i.denominator, points: i.points,
    })),
    deductions: r.deductions.map(counted),
    bonuses: r.bonuses.map(counted),
    adjustments: [...adjustments],
  };
}

/** JSON with object keys sorted at every level: jsonb reorders keys, so compare this way. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sort(x)]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

/** Whether two results say the same (scheme and every unit's numbers; not the as-of date). */
export function sameResult(a: Pick<AssessmentData, "scheme" | "units">, b: Pick<AssessmentData, "scheme" | "units">): boolean {
  const key = (d: Pick<AssessmentData, "scheme" | "units">): string =>
    canonicalJson({ scheme: d.scheme, units: [...d.units].sort((x, y) => (x.unitId < y.unitId ? -1 : 1)) });
  return key(a) === key(b);
}
