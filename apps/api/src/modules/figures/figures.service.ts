// figures(scope): every figure of one slice in one SQL statement over the shared fact CTEs (plus the
// principal and the rule sets, each loaded once per request), whatever the number of items or units.
import { FIGURES, ProposalKind, ProposalStatus, rate, type FigureKey, type RuleSet } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { AppError } from "../../graphql/errors";
import { today } from "../calendar/calendar.service";
import { getRuleSet } from "../rule-set/rule-set.service";
import { ASSIGNMENT_FLAGS, FIGURE_COLUMNS, ITEM_FLAGS, flagCounts, type AssignmentFlag, type ItemFlag } from "./figure-columns";
import { factsCte, type FactsInput } from "./figure-facts.sql";
import { scopeFor, type AskedScope } from "./figure-scope";
import type { CategoryFigures, DaysFigure, FigureDefinitionType, FigureRatio, Figures, StatusCount, SubjectAreaFigures, UnitFigures } from "./figures.types";
import { SqlParams } from "./sql-params";

type ItemCounts = Record<ItemFlag, number>;
type AssignmentCounts = Record<AssignmentFlag, number>;

interface FiguresRow {
  items: ItemCounts;
  assignments: AssignmentCounts & { receipt_median: number | null; receipt_p90: number | null; reply_median: number | null; reply_p90: number | null };
  categories: Array<{ category: string; count: number }>;
  subject_areas: Array<ItemCounts & { subject_area: string | null }>;
  units: Array<AssignmentCounts & { unit_id: string }>;
  statuses: Array<{ status: ProposalStatus; count: number }>;
}

/** The caller's slice, today and the rule sets: what the fact CTEs need. */
export async function loadFactsInput(ctx: RequestContext, asked: AskedScope, operation: "figures" | "figureItems"): Promise<FactsInput> {
  if (!ctx.principal) throw new AppError("UNAUTHENTICATED", "Please log in");
  const access = scopeFor(ctx.principal, asked, operation);
  // One loader batch: one statement for every kind's rule set.
  const rules = await Promise.all(Object.values(ProposalKind).map((kind) => getRuleSet(ctx, kind)));
  return { access, today: today(ctx), rules };
}

function figuresSql(input: FactsInput, params: SqlParams): string {
  const percentiles = [
    ["receipt", "days_to_receipt", "received"],
    ["reply", "days_to_reply", "replied"],
  ]
    .map(([name, column, flag]) =>
      [0.5, 0.9]
        .map((p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY f.${column}) FILTER (WHERE f.${flag}) AS ${name}_${p === 0.5 ? "median" : "p90"}`)
        .join(", "),
    )
    .join(", ");
  return `${factsCte(input, params)}
SELECT
  (SELECT row_to_json(t) FROM (SELECT ${flagCounts(ITEM_FLAGS, "f")} FROM item_facts f) t) AS items,
  (SELECT row_to_json(t) FROM (SELECT ${flagCounts(ASSIGNMENT_FLAGS, "f")}, ${percentiles} FROM asg_facts f) t) AS assignments,
  (SELECT COALESCE(json_agg(t ORDER BY t.category), '[]'::json)
     FROM (SELECT f.category, count(*) AS count FROM item_facts f WHERE f.categorized GROUP BY f.category) t) AS categories,
  (SELECT COALESCE(json_agg(t ORDER BY t.subject_area NULLS LAST), '[]'::json)
     FROM (SELECT f.subject_area, ${flagCounts(ITEM_FLAGS, "f")} FROM item_facts f WHERE f.handled GROUP BY f.subject_area) t) AS subject_areas,
  (SELECT COALESCE(json_agg(t ORDER BY t.sort_order, t.name, t.unit_id), '[]'::json)
     FROM (SELECT f.unit_id, u.sort_order, u.name, ${flagCounts(ASSIGNMENT_FLAGS, "f")}
             FROM asg_facts f JOIN unit u ON u.id = f.unit_id GROUP BY f.unit_id, u.sort_order, u.name) t) AS units,
  (SELECT COALESCE(json_agg(t), '[]'::json) FROM (SELECT f.status, count(*) AS count FROM item_facts f GROUP BY f.status) t) AS statuses`;
}

const toRatio = (numerator: number, denominator: number): FigureRatio => ({ numerator, denominator, rate: rate(numerator, denominator) });

/** A rate figure's numerator ÷ denominator from aggregated flag counts (FIGURE_COLUMNS decides which). */
function ratioOf(key: FigureKey, counts: { item?: ItemCounts; assignment?: AssignmentCounts }): FigureRatio {
  const columns = FIGURE_COLUMNS[key];
  if (columns.denominator === null) throw new Error(`${key} is not a rate`);
  if (columns.level === "item") {
    const c = counts.item;
    if (!c) throw new Error(`${key} needs item counts`);
    return toRatio(c[columns.numerator], c[columns.denominator]);
  }
  const c = counts.assignment;
  if (!c) throw new Error(`${key} needs assignment counts`);
  return toRatio(c[columns.numerator], c[columns.denominator]);
}

function labelOf(rules: readonly RuleSet[], pick: (r: RuleSet) => ReadonlyArray<{ code: string; zh: string }>, code: string | null): string | null {
  if (code === null) return null;
  for (const r of rules) {
    const found = pick(r).find((x) => x.code === code);
    if (found) return found.zh;
  }
  return null;
}

function unitFigures(u: AssignmentCounts & { unit_id: string }): UnitFigures {
  const c = { assignment: u };
  const onTime = ratioOf("onTimeReplyRate", c);
  const satisfaction = toRatio(u.satisfied, u.rated);
  const communication = ratioOf("communicationRate", c);
  return {
    unitId: u.unit_id,
    assignments: u.any_assignment,
    replying: u.replying,
    replied: u.replied,
    onTime,
    onTimeReplyRate: onTime.rate,
    satisfaction,
    satisfactionRate: satisfaction.rate,
    communication,
    communicationRate: communication.rate,
    coOpinionOnTime: ratioOf("coOpinionOnTimeRate", c),
    returned: u.returned,
    dueSoon: u.due_soon,
    overdue: u.overdue,
  };
}

function subjectAreaFigures(rules: readonly RuleSet[], s: ItemCounts & { subject_area: string | null }): SubjectAreaFigures {
  const c = { item: s };
  const [reply, satisfaction, solved] = [ratioOf("replyRate", c), ratioOf("satisfactionRate", c), ratioOf("solvedRate", c)];
  return {
    subjectArea: s.subject_area,
    label: labelOf(rules, (r) => r.subjectAreas, s.subject_area) ?? s.subject_area,
    handled: s.handled,
    reply,
    replyRate: reply.rate,
    satisfaction,
    satisfactionRate: satisfaction.rate,
    solved,
    solvedRate: solved.rate,
  };
}

const days = (count: number, median: number | null, p90: number | null): DaysFigure => ({ count, median, p90 });

export const FIGURE_DEFINITIONS: readonly FigureDefinitionType[] = FIGURES.map((f) => ({
  key: f.key,
  measure: f.measure,
  label: f.zh,
  labelEn: f.en,
  numerator: f.numerator.zh,
  numeratorEn: f.numerator.en,
  denominator: f.denominator?.zh ?? null,
  denominatorEn: f.denominator?.en ?? null,
}));

export async function computeFigures(ctx: RequestContext, asked: AskedScope): Promise<Figures> {
  const input = await loadFactsInput(ctx, asked, "figures");
  const params = new SqlParams();
  const sql = figuresSql(input, params);
  const [row] = (await ctx.em.query(sql, params.values)) as FiguresRow[];
  if (!row) throw new Error("figures query returned no row");
  const { items: i, assignments: a } = row;
  const counts = { item: i, assignment: a };
  const ratios = {
    reply: ratioOf("replyRate", counts),
    onTime: ratioOf("onTimeReplyRate", counts),
    satisfaction: ratioOf("satisfactionRate", counts),
    solved: ratioOf("solvedRate", counts),
    communication: ratioOf("communicationRate", counts),
    coOpinionOnTime: ratioOf("coOpinionOnTimeRate", counts),
    returns: ratioOf("returnRate", counts),
    rework: ratioOf("reworkRate", counts),
    extension: ratioOf("extensionRate", counts),
  };
  const categories = row.categories.map((c) => ({ category: c.category, count: c.count, share: rate(c.count, i.categorized) }));
  const byCategory: CategoryFigures[] = categories.map((c) => {
    const found = input.rules.flatMap((r) => r.categories).find((x) => x.code === c.category);
    return { ...c, label: found?.zh ?? null, solved: found?.solved ?? false };
  });
  const statusCounts = new Map(row.statuses.map((s) => [s.status, s.count]));
  const statusFunnel: StatusCount[] = Object.values(ProposalStatus)
    .filter((s) => s !== ProposalStatus.DRAFT)
    .map((status) => ({ status, count: statusCounts.get(status) ?? 0 }));
  return {
    asOf: input.today,
    appliedScope: input.access.scope,
    handled: i.handled,
    replied: i.replied,
    replyRate: ratios.reply.rate,
    onTimeReplyRate: ratios.onTime.rate,
    rated: i.rated,
    satisfied: i.satisfied,
    basicallySatisfied: i.basically_satisfied,
    dissatisfied: i.dissatisfied,
    noFeedback: i.no_feedback,
    satisfactionRate: ratios.satisfaction.rate,
    solvedRate: ratios.solved.rate,
    communicationRate: ratios.communication.rate,
    coOpinionOnTimeRate: ratios.coOpinionOnTime.rate,
    returnRate: ratios.returns.rate,
    reworkRate: ratios.rework.rate,
    extensionRate: ratios.extension.rate,
    ...ratios,
    daysToReceipt: days(a.received, a.receipt_median, a.receipt_p90),
    daysToReply: days(a.replied, a.reply_median, a.reply_p90),
    dueSoon: a.due_soon,
    overdue: a.overdue,
    categories,
    byCategory,
    bySubjectArea: row.subject_areas.map((s) => subjectAreaFigures(input.rules, s)),
    byUnit: row.units.map(unitFigures),
    statusFunnel,
    definitions: [...FIGURE_DEFINITIONS],
  };
}
