// Reads what scoring needs, in a fixed number of statements whatever the number of units: every
// unit's raw counts (one GROUP BY statement), the year's manual adjustments (one), and, for the
// drill-down and the snapshot, the fact rows (one).
import type { UnitAssessmentInput } from "@jyta/domain";
import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { SqlParams } from "../figures/sql-params";
import { countsAndFactsSql, factRowsSql, unitCountsSql, type AssessmentFactsInput, type AssessmentFlag } from "./assessment-facts.sql";
import type { AdjustmentLine, FactRow } from "./assessment-result";

type CountsRow = Record<AssessmentFlag, number> & {
  unit_id: string;
  quality_sum: number;
  quality_count: number;
  rework_count: number;
  categories: Record<string, number>;
};

/**
 * Runs one analytic statement with JIT compilation off. Its row estimates over CTEs are far above the
 * real few thousand rows, so PostgreSQL would spend seconds compiling it (measured: 2.3 s of JIT for a
 * 0.2 s query on the benchmark data). SET LOCAL needs a transaction: the mutation's, or a short one.
 */
async function analyticQuery<T>(ctx: RequestContext, sql: string, values: unknown[]): Promise<T[]> {
  const run = async (em: EntityManager): Promise<T[]> => {
    await em.query("SET LOCAL jit = off");
    return (await em.query(sql, values)) as T[];
  };
  return ctx.transaction ? run(ctx.transaction) : ctx.dataSource.transaction(run);
}

type UnitCounts = Omit<UnitAssessmentInput, "adjustments">;

function toInput(r: CountsRow): UnitCounts {
  return {
    unitId: r.unit_id,
    replyingAssignments: r.replying,
    coAssignments: r.co,
    repliedOnTime: r.on_time,
    repliedOrPastDue: r.on_time_due,
    satisfied: r.satisfied,
    rated: r.rated,
    categoryCounts: r.categories,
    communicated: r.communicated,
    replied: r.replied,
    qualityScoreSum: r.quality_sum,
    qualityScoreCount: r.quality_count,
    coOnTime: r.co_on_time,
    coDueOrDone: r.co_due,
    reworkCount: r.rework_count,
    lateCount: r.late,
    keyLedClosedACount: r.key_led_solved,
  };
}

export async function loadUnitCounts(ctx: RequestContext, input: AssessmentFactsInput): Promise<UnitCounts[]> {
  const params = new SqlParams();
  const rows = await analyticQuery<CountsRow>(ctx, unitCountsSql(input, params), params.values);
  return rows.map(toInput);
}

/** The counts and the fact rows from one statement (for publishing). */
export async function loadCountsAndFacts(ctx: RequestContext, input: AssessmentFactsInput): Promise<{ counts: UnitCounts[]; facts: FactRow[] }> {
  const params = new SqlParams();
  const [row] = await analyticQuery<{ counts: CountsRow[]; facts: FactRow[] }>(ctx, countsAndFactsSql(input, params), params.values);
  if (!row) throw new Error("assessment counts query returned no row");
  return { counts: row.counts.map(toInput), facts: row.facts };
}

export async function loadFactRows(ctx: RequestContext, input: AssessmentFactsInput): Promise<FactRow[]> {
  const params = new SqlParams();
  return analyticQuery<FactRow>(ctx, factRowsSql(input, params), params.values);
}

/** The year's adjustments per unit, oldest first. */
export async function loadAdjustments(ctx: RequestContext, year: number): Promise<Map<string, AdjustmentLine[]>> {
  const rows = (await ctx.em.query(
    `SELECT id, unit_id, points, reason, created_at FROM assessment_adjustment WHERE year = $1 ORDER BY created_at, id`,
    [year],
  )) as Array<{ id: string; unit_id: string; points: number; reason: string; created_at: Date }>;
  const byUnit = new Map<string, AdjustmentLine[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({ id: r.id, points: r.points, reason: r.reason, createdAt: new Date(r.created_at).toISOString() });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}
