// The drill-down (DOMAIN.md §4/§6: every number can be opened): the assignments behind one side of an
// indicator, or the cases of a deduction or bonus, for one unit. A published year answers from the
// fact rows frozen with it; a live year recomputes them (one statement per batch of units).
import { type AssignmentRole, type ProposalKind, type ProposalStatus, type Satisfaction } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { DEFAULT_TAKE, MAX_TAKE, type Page } from "../../graphql/list";
import type { LoaderFactory } from "../../graphql/loaders";
import { Unit } from "../unit/unit.entity";
import { assertUnitVisible } from "./assessment-access";
import { factsInputFor } from "./assessment-compute.service";
import { loadFactRows } from "./assessment-inputs.service";
import type { FactRow } from "./assessment-result";
import { flagFor, rowsFor, type AssessmentPartName } from "./assessment-sides";
import type { AssessmentItem, LineSource } from "./assessment.types";
import { assertYear } from "./assessment-year";
import { publishedByYear, schemeByYear } from "./assessment.loaders";

const sourceKey = (s: LineSource): string => `${s.year}|${s.published ? "P" : "L"}|${s.unitId}`;

/** Fact rows per (year, published?, unit); one statement per year and kind in a batch. */
export const assessmentFactsByUnit: LoaderFactory<LineSource, FactRow[]> = (ctx) =>
  new DataLoader(
    async (sources) => {
      const found = new Map<string, FactRow[]>();
      const groups = new Map<string, LineSource[]>();
      for (const s of sources) {
        const group = groups.get(`${s.year}|${s.published}`);
        if (group) group.push(s);
        else groups.set(`${s.year}|${s.published}`, [s]);
      }
      for (const group of groups.values()) {
        const { year, published } = group[0]!;
        const unitIds = group.map((s) => s.unitId);
        if (published) {
          const rows = (await ctx.em.query(
            `SELECT unit_id, detail -> 'facts' AS facts FROM published_unit_score WHERE year = $1 AND unit_id = ANY($2::uuid[])`,
            [year, unitIds],
          )) as Array<{ unit_id: string; facts: FactRow[] | null }>;
          for (const r of rows) found.set(sourceKey({ year, published, unitId: r.unit_id }), r.facts ?? []);
        } else {
          for (const r of await loadFactRows(ctx, await factsInputFor(ctx, year, unitIds))) {
            const key = sourceKey({ year, published, unitId: r.unit_id });
            const list = found.get(key);
            if (list) list.push(r);
            else found.set(key, [r]);
          }
        }
      }
      return sources.map((s) => found.get(sourceKey(s)) ?? []);
    },
    { cacheKeyFn: sourceKey },
  );

export function toItem(r: FactRow): AssessmentItem {
  return {
    assignmentId: r.id,
    proposalId: r.proposal_id,
    unitId: r.unit_id,
    number: r.number,
    title: r.title,
    kind: r.kind as ProposalKind,
    status: r.status as ProposalStatus,
    role: r.role as AssignmentRole,
    replyDueOn: r.due_on,
    firstReplySentOn: r.sent_on,
    daysLate: r.days_late,
    category: r.last_category,
    qualityScores: r.quality_scores ?? [],
    reworkCount: r.rework_count,
    rating: (r.rating as Satisfaction | null) ?? null,
    communicated: r.communicated,
  };
}

/** The rows behind one number of a line (IndicatorScore.items, CountedScore.items). */
export async function lineItems(ctx: RequestContext, source: LineSource, key: string, part: AssessmentPartName): Promise<AssessmentItem[]> {
  const flag = flagFor(await ctx.loaders.get(schemeByYear).load(source.year), key, part);
  return rowsFor(await ctx.loaders.get(assessmentFactsByUnit).load(source), flag).map(toItem);
}

export async function listAssessmentItems(
  ctx: RequestContext,
  args: { year: number; unitId: string; indicator: string; part: AssessmentPartName },
  options: { skip?: number | null; take?: number | null } | null | undefined,
): Promise<Page<AssessmentItem>> {
  assertYear(args.year);
  assertUnitVisible(ctx.principal, args.unitId);
  if (!(await ctx.em.getRepository(Unit).existsBy({ id: args.unitId }))) throw notFound("Unit");
  const published = (await ctx.loaders.get(publishedByYear).load(args.year)) !== null;
  const items = await lineItems(ctx, { year: args.year, unitId: args.unitId, published }, args.indicator, args.part);
  const skip = options?.skip ?? 0;
  const take = Math.min(options?.take ?? DEFAULT_TAKE, MAX_TAKE);
  return { totalItems: items.length, items: items.slice(skip, skip + take) };
}
