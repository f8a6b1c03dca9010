// The scheme as the editor holds it and as the API takes it, and the checks the editor makes before
// saving (each with a translated message): weights summing to 100, keys used once, grade bands from
// the highest down, a threshold for the lateness deduction.
import type { AssessmentSchemeInput, AssessmentSchemeQuery } from "@jyta/client";
import type { Messages } from "../../i18n";

export type SchemeValues = AssessmentSchemeInput & { minSample: number };

export function toValues(s: AssessmentSchemeQuery["assessmentScheme"]): SchemeValues {
  return {
    minSample: s.minSample,
    indicators: s.indicators.map(({ key, zh, en, weight, computation, whenNoDenominator, categoryValues }) => ({
      key,
      zh,
      en,
      weight,
      computation,
      whenNoDenominator,
      categoryValues: categoryValues.map(({ code, value }) => ({ code, value })),
    })),
    deductions: s.deductions.map(({ key, zh, en, cause, pointsPer, max, thresholdDays }) => ({ key, zh, en, cause, pointsPer, max, thresholdDays })),
    bonuses: s.bonuses.map(({ key, zh, en, cause, pointsPer, max }) => ({ key, zh, en, cause, pointsPer, max })),
    gradeBands: s.gradeBands.map(({ key, zh, en, min }) => ({ key, zh, en, min })),
  };
}

export function weightSum(values: Partial<SchemeValues> | undefined): number {
  return Math.round((values?.indicators ?? []).reduce((s, i) => s + (Number(i?.weight) || 0), 0) * 100) / 100;
}

/** Problems the editor can name before asking the API: [field path or null, message]. */
export function schemeProblems(v: SchemeValues, t: Messages): { name: (string | number)[] | null; message: string }[] {
  const p = t.assessment.scheme.problems;
  const out: { name: (string | number)[] | null; message: string }[] = [];
  const total = weightSum(v);
  if (Math.abs(total - 100) > 1e-9) out.push({ name: null, message: p.weights(total) });
  const seen = new Map<string, string>();
  const lists = [
    ["indicators", v.indicators],
    ["deductions", v.deductions],
    ["bonuses", v.bonuses],
  ] as const;
  for (const [list, rows] of lists) {
    rows.forEach((row, i) => {
      const key = row.key.trim();
      if (seen.has(key)) out.push({ name: [list, i, "key"], message: p.duplicateKey });
      seen.set(key, list);
    });
  }
  const causes = [...v.deductions.map((d) => d.cause), ...v.bonuses.map((b) => b.cause)];
  if (new Set(causes).size !== causes.length) out.push({ name: null, message: p.duplicateCause });
  v.deductions.forEach((d, i) => {
    if (d.cause === "LATE" && (d.thresholdDays === null || d.thresholdDays === undefined)) out.push({ name: ["deductions", i, "thresholdDays"], message: p.threshold });
  });
  if (v.gradeBands.length === 0) out.push({ name: null, message: p.noBands });
  v.gradeBands.forEach((b, i) => {
    const prev = v.gradeBands[i - 1];
    if (prev && !(b.min < prev.min)) out.push({ name: ["gradeBands", i, "min"], message: p.bandOrder(prev.zh) });
  });
  return out;
}
