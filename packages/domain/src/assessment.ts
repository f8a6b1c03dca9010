// Scores the units for a year from raw counts (DOMAIN.md §6). Pure and explainable: every point comes
// with the numerator and denominator behind it, every deduction and bonus with its count, so the
// published table and the drill-down agree. The API counts; this function only does arithmetic.
import type { AssessmentIndicator, AssessmentScheme, GradeBand } from "./assessment-scheme";
import { DomainError, ErrorCode } from "./errors";
import type { LocalizedText } from "./localized-text";
import { roundTo } from "./numbers";

export interface ScoreAdjustment {
  readonly points: number;
  readonly reason: string;
}

/** A unit's counts over its assignments of the year's items. */
export interface UnitAssessmentInput {
  readonly unitId: string;
  /** SOLE, LEAD and SPLIT assignments (the reply indicators) and CO assignments (co-handling only). */
  readonly replyingAssignments: number;
  readonly coAssignments: number;
  /** On-time reply: first reply sent by the due date in force ÷ replied or past due. */
  readonly repliedOnTime: number;
  readonly repliedOrPastDue: number;
  /** Satisfaction: items rated satisfied or basically satisfied ÷ items rated. */
  readonly satisfied: number;
  readonly rated: number;
  /** Replies per outcome category code. */
  readonly categoryCounts: Readonly<Record<string, number>>;
  /** Communication: replied assignments with a communication before the reply ÷ replied assignments. */
  readonly communicated: number;
  readonly replied: number;
  /** Office quality ratings (0–100) of the unit's replies. */
  readonly qualityScoreSum: number;
  readonly qualityScoreCount: number;
  /** Co-handling: CO opinions sent on time ÷ CO assignments due or done. */
  readonly coOnTime: number;
  readonly coDueOrDone: number;
  readonly reworkCount: number;
  readonly lateCount: number;
  readonly keyLedClosedACount: number;
  readonly adjustments?: readonly ScoreAdjustment[];
}

export interface IndicatorResult extends LocalizedText {
  readonly key: string;
  readonly weight: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly points: number;
}

export interface CountedPoints extends LocalizedText {
  readonly key: string;
  readonly count: number;
  /** Negative for deductions, positive for bonuses, capped at the scheme's maximum. */
  readonly points: number;
}

export interface UnitScoreResult {
  readonly unitId: string;
  readonly sample: number;
  readonly indicators: readonly IndicatorResult[];
  readonly deductions: readonly CountedPoints[];
  readonly bonuses: readonly CountedPoints[];
  readonly adjustments: readonly ScoreAdjustment[];
  readonly total: number;
  /** Null for units under the minimum sample; tied totals share a rank (1, 1, 3). */
  readonly rank: number | null;
  readonly grade: GradeBand | null;
}

const COUNT_FIELDS = [
  "replyingAssignments", "coAssignments", "repliedOnTime", "repliedOrPastDue", "satisfied", "rated",
  "communicated", "replied", "qualityScoreSum", "qualityScoreCount", "coOnTime", "coDueOrDone",
  "reworkCount", "lateCount", "keyLedClosedACount",
] as const;

const RATE_PAIRS = [
  ["repliedOnTime", "repliedOrPastDue"], ["satisfied", "rated"], ["communicated", "replied"], ["coOnTime", "coDueOrDone"],
] as const;

/** Counts from the API's queries must be sane; a rate above 1 means a query bug, so fail loudly. */
function checkInput(u: UnitAssessmentInput): void {
  const bad = (message: string): never => {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Unit ${u.unitId}: ${message}`, { unitId: u.unitId });
  };
  for (const f of COUNT_FIELDS) if (!(u[f] >= 0) || !Number.isFinite(u[f])) bad(`${f} must be a number ≥ 0`);
  for (const [n, d] of RATE_PAIRS) if (u[n] > u[d]) bad(`${n} (${u[n]}) exceeds ${d} (${u[d]})`);
  for (const c of Object.values(u.categoryCounts)) if (!(c >= 0)) bad("category counts must be ≥ 0");
  if (u.qualityScoreSum > u.qualityScoreCount * 100) bad("quality scores are out of 0..100");
  for (const a of u.adjustments ?? []) {
    if (a.reason.trim() === "") bad("a manual adjustment needs a reason");
    if (!Number.isFinite(a.points)) bad("a manual adjustment needs finite points");
  }
}

function fraction(ind: AssessmentIndicator, u: UnitAssessmentInput): [number, number] {
  switch (ind.computation) {
    case "ON_TIME_RATE":
      return [u.repliedOnTime, u.repliedOrPastDue];
    case "SATISFACTION_RATE":
      return [u.satisfied, u.rated];
    case "CATEGORY_MEAN": {
      const entries = Object.entries(u.categoryCounts);
      // Rounded, so the order of the counts cannot move a printed point (2 + 0.7 + 0.4 = 3.1 but
      // 2 + 0.4 + 0.7 = 3.0999999999999996, which would print 11.62 instead of 11.63).
      const weighted = roundTo(entries.reduce((s, [code, n]) => s + (ind.categoryValues?.[code] ?? 0) * n, 0), 9);
      return [weighted, entries.reduce((s, [, n]) => s + n, 0)];
    }
    case "COMMUNICATION_RATE":
      return [u.communicated, u.replied];
    case "QUALITY_MEAN":
      // Over the maximum possible, so numerator ÷ denominator is the mean rating ÷ 100.
      return [u.qualityScoreSum, u.qualityScoreCount * 100];
    case "CO_ON_TIME_RATE":
      return [u.coOnTime, u.coDueOrDone];
  }
}

function indicatorResult(ind: AssessmentIndicator, u: UnitAssessmentInput): IndicatorResult {
  const [numerator, denominator] = fraction(ind, u);
  const points =
    denominator === 0 ? (ind.whenNoDenominator === "FULL" ? ind.weight : 0) : roundTo((numerator / denominator) * ind.weight, 2);
  return { key: ind.key, zh: ind.zh, en: ind.en, weight: ind.weight, numerator: roundTo(numerator, 4), denominator, points };
}

function capped(rule: { key: string; pointsPer: number; max: number } & LocalizedText, count: number, sign: 1 | -1): CountedPoints {
  const points = roundTo(Math.min(count * rule.pointsPer, rule.max), 2);
  return { key: rule.key, zh: rule.zh, en: rule.en, count, points: points === 0 ? 0 : sign * points };
}

export function gradeFor(total: number, bands: readonly GradeBand[]): GradeBand | null {
  return bands.find((b) => total >= b.min) ?? bands[bands.length - 1] ?? null;
}

/**
 * Scores every unit. Parts are rounded to 2 decimals and the total is the sum of the rounded parts,
 * so a printed breakdown always adds up. Ranked units (sample ≥ minSample) come first by rank, then
 * the unranked by total; ties keep the input order.
 */
export function scoreUnits(scheme: AssessmentScheme, inputs: readonly UnitAssessmentInput[]): UnitScoreResult[] {
  const scored = inputs.map((u) => {
    checkInput(u);
    const indicators = scheme.indicators.map((ind) => indicatorResult(ind, u));
    const deductions = scheme.deductions.map((d) => capped(d, d.cause === "REWORK" ? u.reworkCount : u.lateCount, -1));
    const bonuses = scheme.bonuses.map((b) => capped(b, u.keyLedClosedACount, 1));
    const adjustments = [...(u.adjustments ?? [])];
    const parts = [...indicators, ...deductions, ...bonuses, ...adjustments].map((p) => p.points);
    const total = roundTo(parts.reduce((s, p) => s + p, 0), 2);
    const sample = u.replyingAssignments + u.coAssignments;
    return { unitId: u.unitId, sample, indicators, deductions, bonuses, adjustments, total };
  });

  const rankedTotals = scored.filter((s) => s.sample >= scheme.minSample).map((s) => s.total);
  const results: UnitScoreResult[] = scored.map((s) => {
    const ranked = s.sample >= scheme.minSample;
    return {
      ...s,
      rank: ranked ? 1 + rankedTotals.filter((t) => t > s.total).length : null,
      grade: ranked ? gradeFor(s.total, scheme.gradeBands) : null,
    };
  });
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if ((a.r.rank === null) !== (b.r.rank === null)) return a.r.rank === null ? 1 : -1;
      return b.r.total - a.r.total || a.i - b.i;
    })
    .map(({ r }) => r);
}
