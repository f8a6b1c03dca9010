// An admin's edit of one kind's rule set: merged over the rules in force, validated as a whole by the
// domain (every problem listed at once), compare-and-set on the row's version, one Event with the
// changed fields. Deadlines already given to units are stored on their assignments, so an edit
// applies to new deadlines only; nothing is recomputed here.
import { type ProposalKind, type RuleSet, validateRuleSet } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { AppError, conflict } from "../../graphql/errors";
import { changedFields, recordEvent } from "../event/event.service";
import { RuleSetRow } from "./rule-set.entity";
import type { RuleSetInput } from "./rule-set.inputs";
import { rulesOf, ruleSetView } from "./rule-set.service";
import type { RuleSetType } from "./rule-set.types";

type Patch = { -readonly [K in keyof RuleSet]?: RuleSet[K] };

/** The input's given fields (null and undefined mean "unchanged"). */
function patchOf(input: RuleSetInput): Patch {
  const patch: Patch = {};
  const { version: _version, categories, subjectAreas, ...scalars } = input;
  for (const [key, value] of Object.entries(scalars)) {
    if (value !== null && value !== undefined) (patch as Record<string, unknown>)[key] = value;
  }
  if (categories) patch.categories = categories.map((c) => ({ code: c.code.trim(), zh: c.zh.trim(), en: c.en.trim(), solved: c.solved, followUp: c.followUp }));
  if (subjectAreas) patch.subjectAreas = subjectAreas.map((a) => ({ code: a.code.trim(), zh: a.zh.trim(), en: a.en.trim() }));
  return patch;
}

/** Codes that existing rows still carry may not disappear: figures and forms would lose their labels. */
async function removedCodesInUse(ctx: RequestContext, kind: ProposalKind, before: RuleSet, after: RuleSet): Promise<string[]> {
  const problems: string[] = [];
  const gone = (was: readonly { code: string }[], now: readonly { code: string }[]): string[] =>
    was.map((x) => x.code).filter((code) => !now.some((y) => y.code === code));
  const goneCategories = gone(before.categories, after.categories);
  if (goneCategories.length) {
    const rows: Array<{ code: string }> = await ctx.em.query(
      `SELECT DISTINCT r.category AS code FROM reply r JOIN proposal p ON p.id = r.proposal_id WHERE p.kind = $1 AND r.category = ANY($2::text[]) ORDER BY 1`,
      [kind, goneCategories],
    );
    for (const r of rows) problems.push(`categories: "${r.code}" is used by existing replies and cannot be removed`);
  }
  const goneAreas = gone(before.subjectAreas, after.subjectAreas);
  if (goneAreas.length) {
    const rows: Array<{ code: string }> = await ctx.em.query(
      `SELECT DISTINCT category AS code FROM proposal WHERE kind = $1 AND category = ANY($2::text[]) ORDER BY 1`,
      [kind, goneAreas],
    );
    for (const r of rows) problems.push(`subjectAreas: "${r.code}" is used by existing items and cannot be removed`);
  }
  return problems;
}

/** BAD_USER_INPUT listing every problem, also grouped by top-level field for forms. */
function invalid(problems: string[]): AppError {
  const fields: Record<string, string[]> = {};
  for (const p of problems) {
    const field = /^[A-Za-z]+/.exec(p)?.[0] ?? "input";
    (fields[field] ??= []).push(p);
  }
  return new AppError("BAD_USER_INPUT", `The rule set is not valid: ${problems.join("; ")}`, { problems, fields });
}

export async function updateRuleSet(ctx: RequestContext, kind: ProposalKind, input: RuleSetInput): Promise<RuleSetType> {
  const repo = ctx.em.getRepository(RuleSetRow);
  const row = (await repo.findOne({ where: { kind }, lock: { mode: "pessimistic_write" } })) ?? undefined;
  const currentVersion = row?.version ?? 0;
  if (input.version !== currentVersion) throw conflict(`The rule set changed meanwhile (version ${currentVersion}); reload it and try again`);

  const before = rulesOf(kind, row);
  const after: RuleSet = { ...before, ...patchOf(input), kind };
  const problems = validateRuleSet(after);
  if (problems.length === 0) problems.push(...(await removedCodesInUse(ctx, kind, before, after)));
  if (problems.length) throw invalid(problems);

  const diff = changedFields(before, after);
  if (Object.keys(diff.after).length === 0) return ruleSetView(kind, row);

  const now = ctx.now();
  const userId = ctx.principal?.userId ?? null;
  if (row) {
    const result = await ctx.em
      .createQueryBuilder()
      .update(RuleSetRow)
      .set({ rules: after, updatedById: userId, updatedAt: now, version: () => "version + 1" })
      .where("kind = :kind AND version = :version", { kind, version: currentVersion })
      .execute();
    if (result.affected !== 1) throw conflict("The rule set changed meanwhile; reload it and try again");
  } else {
    // An installation without the seeded row: the first edit creates it (version 0 → 1).
    const inserted: unknown[] = await ctx.em.query(
      `INSERT INTO rule_set (kind, rules, version, updated_by_id, updated_at) VALUES ($1, $2, 1, $3, $4) ON CONFLICT (kind) DO NOTHING RETURNING kind`,
      [kind, JSON.stringify(after), userId, now],
    );
    if (inserted.length !== 1) throw conflict("The rule set changed meanwhile; reload it and try again");
  }
  await recordEvent(ctx, { entityType: "RuleSet", entityId: kind, action: "ruleSet.update", ...diff });
  const saved = await repo.findOneByOrFail({ kind });
  return ruleSetView(kind, saved);
}
