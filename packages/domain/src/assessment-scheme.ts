// The year-end assessment scheme (量化考评方案, DOMAIN.md §6) as data: indicators with weights summing
// to 100, capped deductions and bonuses, grade bands and the minimum sample. The office may edit a
// year's scheme; scoring (assessment.ts) reads only this data, so a changed weight needs no code.
import type { LocalizedText } from "./localized-text";

/** How an indicator's numerator and denominator come from a unit's counts (see assessment.ts). */
export type IndicatorComputation =
  | "ON_TIME_RATE"
  | "SATISFACTION_RATE"
  | "CATEGORY_MEAN"
  | "COMMUNICATION_RATE"
  | "QUALITY_MEAN"
  | "CO_ON_TIME_RATE";

export interface AssessmentIndicator extends LocalizedText {
  readonly key: string;
  readonly weight: number;
  readonly computation: IndicatorComputation;
  /** Points when the denominator is 0: ZERO (a rate over nothing is 0) or FULL (the unit had no such duty). */
  readonly whenNoDenominator: "ZERO" | "FULL";
  /** CATEGORY_MEAN only: the value of each outcome category (missing categories count 0). */
  readonly categoryValues?: Readonly<Record<string, number>>;
}

export interface AssessmentDeduction extends LocalizedText {
  readonly key: string;
  /** REWORK: replies sent back (退改). LATE: assignments replied, or still unreplied, > thresholdDays past due. */
  readonly cause: "REWORK" | "LATE";
  readonly pointsPer: number;
  readonly max: number;
  readonly thresholdDays?: number;
}

export interface AssessmentBonus extends LocalizedText {
  readonly key: string;
  /** Key items (重点提案) the unit led (LEAD or SOLE) that closed with category A. */
  readonly cause: "KEY_LED_CLOSED_A";
  readonly pointsPer: number;
  readonly max: number;
}

export interface GradeBand extends LocalizedText {
  readonly key: string;
  /** Lowest total of the band; bands are listed from the best down, the last one catches the rest. */
  readonly min: number;
}

export interface AssessmentScheme {
  readonly indicators: readonly AssessmentIndicator[];
  readonly deductions: readonly AssessmentDeduction[];
  readonly bonuses: readonly AssessmentBonus[];
  readonly gradeBands: readonly GradeBand[];
  /** Units with fewer assignments (replying + CO) are shown but neither ranked nor graded. */
  readonly minSample: number;
}

/** DOMAIN.md §6's default scheme; a fresh copy each call. */
export function defaultAssessmentScheme(minSample = 3): AssessmentScheme {
  return {
    indicators: [
      { key: "onTime", zh: "按时办复", en: "On-time reply", weight: 25, computation: "ON_TIME_RATE", whenNoDenominator: "ZERO" },
      { key: "satisfaction", zh: "满意度", en: "Satisfaction", weight: 25, computation: "SATISFACTION_RATE", whenNoDenominator: "ZERO" },
      {
        key: "solved", zh: "解决程度", en: "Solved", weight: 15, computation: "CATEGORY_MEAN", whenNoDenominator: "ZERO",
        categoryValues: { A: 1, B: 0.7, C: 0.4, D: 0.2 },
      },
      { key: "communication", zh: "沟通协商", en: "Communication", weight: 15, computation: "COMMUNICATION_RATE", whenNoDenominator: "ZERO" },
      // FULL: by default the office reviews (and rates) key items' replies only, so a unit none of whose
      // replies was rated is not marked down for the office's choice.
      { key: "quality", zh: "答复质量", en: "Reply quality", weight: 10, computation: "QUALITY_MEAN", whenNoDenominator: "FULL" },
      { key: "coHandling", zh: "会办配合", en: "Co-handling", weight: 10, computation: "CO_ON_TIME_RATE", whenNoDenominator: "FULL" },
    ],
    deductions: [
      { key: "rework", zh: "答复退改", en: "Replies sent back for rework", cause: "REWORK", pointsPer: 1, max: 5 },
      { key: "late", zh: "超期 30 天以上", en: "More than 30 days late", cause: "LATE", pointsPer: 2, max: 10, thresholdDays: 30 },
    ],
    bonuses: [
      { key: "keyLedSolved", zh: "主办重点提案获解决", en: "Key items led and solved", cause: "KEY_LED_CLOSED_A", pointsPer: 1, max: 3 },
    ],
    gradeBands: [
      { key: "EXCELLENT", zh: "优秀", en: "Excellent", min: 90 },
      { key: "GOOD", zh: "良好", en: "Good", min: 80 },
      { key: "PASS", zh: "合格", en: "Pass", min: 60 },
      { key: "FAIL", zh: "不合格", en: "Fail", min: 0 },
    ],
    minSample,
  };
}

const COMPUTATIONS: readonly IndicatorComputation[] = [
  "ON_TIME_RATE",
  "SATISFACTION_RATE",
  "CATEGORY_MEAN",
  "COMMUNICATION_RATE",
  "QUALITY_MEAN",
  "CO_ON_TIME_RATE",
];

/** Every problem of a scheme as sentences; empty when it can be used for scoring. */
export function validateScheme(scheme: AssessmentScheme): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const checkKey = (key: string, where: string): void => {
    if (key.trim() === "") problems.push(`${where} needs a key`);
    else if (keys.has(key)) problems.push(`key "${key}" is used twice`);
    keys.add(key);
  };

  if (scheme.indicators.length === 0) problems.push("the scheme needs at least one indicator");
  scheme.indicators.forEach((ind, i) => {
    checkKey(ind.key, `indicators[${i}]`);
    if (!(ind.weight >= 0)) problems.push(`indicator "${ind.key}" has a negative weight`);
    if (!COMPUTATIONS.includes(ind.computation)) problems.push(`indicator "${ind.key}" has an unknown computation`);
    if (ind.computation === "CATEGORY_MEAN") {
      const values = Object.values(ind.categoryValues ?? {});
      if (values.length === 0) problems.push(`indicator "${ind.key}" needs categoryValues`);
      if (values.some((v) => !(v >= 0 && v <= 1))) problems.push(`indicator "${ind.key}" has a category value outside 0..1`);
    }
  });
  const total = scheme.indicators.reduce((s, ind) => s + ind.weight, 0);
  if (Math.abs(total - 100) > 1e-9) problems.push(`indicator weights add up to ${total}, not 100`);

  for (const rule of [...scheme.deductions, ...scheme.bonuses]) {
    checkKey(rule.key, "a deduction or bonus");
    if (!(rule.pointsPer > 0)) problems.push(`"${rule.key}" needs positive points per case`);
    if (!(rule.max >= 0)) problems.push(`"${rule.key}" needs a maximum of at least 0`);
  }
  // scoreUnits counts each cause once (one late count, one threshold): a second rule would double it.
  const causes = [...scheme.deductions, ...scheme.bonuses].map((r) => r.cause);
  for (const cause of new Set(causes)) if (causes.filter((c) => c === cause).length > 1) problems.push(`cause ${cause} is used twice`);
  for (const d of scheme.deductions) {
    if (d.cause === "LATE" && !(Number.isInteger(d.thresholdDays) && (d.thresholdDays ?? -1) >= 0)) {
      problems.push(`"${d.key}" needs thresholdDays, a whole number ≥ 0`);
    }
  }

  if (scheme.gradeBands.length === 0) problems.push("the scheme needs at least one grade band");
  scheme.gradeBands.forEach((band, i) => {
    const previous = scheme.gradeBands[i - 1];
    if (previous && !(band.min < previous.min)) {
      problems.push(`grade band "${band.zh}" (${band.min}) must be below "${previous.zh}" (${previous.min})`);
    }
  });
  if (!Number.isInteger(scheme.minSample) || scheme.minSample < 0) problems.push("minSample must be a whole number ≥ 0");
  return problems;
}
