// A fresh computation of a year's assessment: the scheme in force, every unit's counts and the
// manual adjustments, scored by the domain (scoreUnits does the arithmetic, ranks and grades).
// Four to five statements for any number of units.
import { scoreUnits, type UnitAssessmentInput } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { today } from "../calendar/calendar.service";
import type { AssessmentFactsInput } from "./assessment-facts.sql";
import { loadAdjustments, loadCountsAndFacts, loadUnitCounts } from "./assessment-inputs.service";
import { unitLine, type AssessmentData, type FactRow } from "./assessment-result";
import { loadRules, schemeInForce } from "./assessment-scheme.service";
import { assertYear } from "./assessment-year";

const NO_COUNTS: Omit<UnitAssessmentInput, "unitId"> = {
  replyingAssignments: 0, coAssignments: 0, repliedOnTime: 0, repliedOrPastDue: 0, satisfied: 0, rated: 0,
  categoryCounts: {}, communicated: 0, replied: 0, qualityScoreSum: 0, qualityScoreCount: 0, coOnTime: 0,
  coDueOrDone: 0, reworkCount: 0, lateCount: 0, keyLedClosedACount: 0,
};

/** What the fact SQL needs for the year (unitIds null: every unit). */
export async function factsInputFor(ctx: RequestContext, year: number, unitIds: readonly string[] | null = null): Promise<AssessmentFactsInput> {
  assertYear(year);
  const rules = await loadRules(ctx);
  const { scheme } = await schemeInForce(ctx, year, rules);
  return { year, today: today(ctx), rules, scheme, unitIds };
}

/** The year scored now. With `withFacts`, also the fact rows behind it, from the same statement. */
export async function computeAssessment(ctx: RequestContext, year: number): Promise<AssessmentData>;
export async function computeAssessment(ctx: RequestContext, year: number, withFacts: true): Promise<AssessmentData & { facts: FactRow[] }>;
export async function computeAssessment(ctx: RequestContext, year: number, withFacts = false): Promise<AssessmentData & { facts?: FactRow[] }> {
  const input = await factsInputFor(ctx, year);
  const [loaded, adjustments] = await Promise.all([
    withFacts ? loadCountsAndFacts(ctx, input) : loadUnitCounts(ctx, input).then((counts) => ({ counts, facts: undefined })),
    loadAdjustments(ctx, year),
  ]);
  // Units listed by the counts (in the units' order, which also breaks ties), then any unit that has
  // only a manual adjustment this year, so no adjustment is ever invisible.
  const inputs: UnitAssessmentInput[] = loaded.counts.map((c) => ({ ...c, adjustments: adjustments.get(c.unitId) ?? [] }));
  for (const [unitId, list] of adjustments) {
    if (!inputs.some((i) => i.unitId === unitId)) inputs.push({ ...NO_COUNTS, unitId, adjustments: list });
  }
  const scored = scoreUnits(input.scheme, inputs);
  return {
    year,
    asOf: input.today,
    scheme: input.scheme,
    units: scored.map((r) => unitLine(input.scheme, r, adjustments.get(r.unitId) ?? [])),
    ...(loaded.facts ? { facts: loaded.facts } : {}),
  };
}
