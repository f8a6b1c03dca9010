// The year's scheme (量化考评方案): the stored one, or the default of DOMAIN.md §6 whose minimum sample
// comes from the rule sets. An edit replaces the scheme whole, is validated by the domain (every
// problem at once), is refused once the year is published, and writes one Event.
import { ProposalKind, defaultAssessmentScheme, validateScheme, type AssessmentScheme, type RuleSet } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { AppError } from "../../graphql/errors";
import { changedFields, recordEvent } from "../event/event.service";
import { getRuleSet } from "../rule-set/rule-set.service";
import { AssessmentScheme as SchemeRow } from "./assessment-scheme.entity";
import { assertYear, lockYear, assertNotPublished } from "./assessment-year";

export interface SchemeInForce {
  year: number;
  scheme: AssessmentScheme;
  /** False while the year uses the default (no row stored). */
  stored: boolean;
  updatedAt: Date | null;
}

/** Every kind's rule set (one loader batch, one statement). */
export function loadRules(ctx: RequestContext): Promise<RuleSet[]> {
  return Promise.all(Object.values(ProposalKind).map((kind) => getRuleSet(ctx, kind)));
}

/**
 * The rule sets hold the minimum sample per item kind, while a year's assessment spans every kind:
 * the highest one applies, so raising it for any kind takes effect.
 */
export function minSampleOf(rules: readonly RuleSet[]): number {
  return Math.max(0, ...rules.map((r) => r.minAssessmentSample));
}

export async function schemeInForce(ctx: RequestContext, year: number, rules?: readonly RuleSet[]): Promise<SchemeInForce> {
  assertYear(year);
  const row = await ctx.em.getRepository(SchemeRow).findOneBy({ year });
  if (row) return { year, scheme: row.scheme, stored: true, updatedAt: row.updatedAt };
  return { year, scheme: defaultAssessmentScheme(minSampleOf(rules ?? (await loadRules(ctx)))), stored: false, updatedAt: null };
}

function invalid(problems: string[]): AppError {
  return new AppError("BAD_USER_INPUT", `The assessment scheme is not valid: ${problems.join("; ")}`, { problems });
}

/** `minSample` left out keeps the rule sets' value (see minSampleOf). */
export async function updateScheme(
  ctx: RequestContext,
  year: number,
  input: Omit<AssessmentScheme, "minSample"> & { minSample?: number | null },
): Promise<SchemeInForce> {
  assertYear(year);
  await lockYear(ctx, year);
  await assertNotPublished(ctx, year);
  const before = await schemeInForce(ctx, year);
  const minSample = input.minSample ?? minSampleOf(await loadRules(ctx));
  const scheme: AssessmentScheme = {
    indicators: input.indicators,
    deductions: input.deductions,
    bonuses: input.bonuses,
    gradeBands: input.gradeBands,
    minSample,
  };
  const problems = validateScheme(scheme);
  if (problems.length) throw invalid(problems);

  const diff = changedFields(before.scheme, scheme);
  if (before.stored && Object.keys(diff.after).length === 0) return before;
  await ctx.em.query(
    `INSERT INTO assessment_scheme (year, scheme, updated_at, updated_by_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (year) DO UPDATE SET scheme = EXCLUDED.scheme, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [year, JSON.stringify(scheme), ctx.now(), ctx.principal?.userId ?? null],
  );
  // The first edit of a year also records that it leaves the default.
  const change = before.stored ? diff : { before: { stored: false, ...diff.before }, after: { stored: true, ...diff.after } };
  await recordEvent(ctx, { entityType: "AssessmentScheme", entityId: String(year), action: "assessmentScheme.update", ...change });
  return { year, scheme, stored: true, updatedAt: ctx.now() };
}
