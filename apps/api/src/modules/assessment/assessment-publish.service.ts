// Publishing freezes a year: the whole computed result and the scheme go into published_assessment,
// one row per unit (with the fact rows behind its numbers) into published_unit_score. Afterwards
// `assessment(year)` answers from the snapshot, and `liveDiffers` tells whether a fresh computation
// would say something else (data, rules or scheme changed since).
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { recordEvent } from "../event/event.service";
import { computeAssessment } from "./assessment-compute.service";
import { sameResult, type AssessmentData, type FactRow, type UnitScoreLine } from "./assessment-result";
import { assertNotPublished, assertYear, lockYear, publishedOf } from "./assessment-year";
import { type PublishedAssessment } from "./published-assessment.entity";

export interface AssessmentView extends AssessmentData {
  published: boolean;
  publishedAt: Date | null;
}

/** What published_assessment.snapshot holds. */
interface Snapshot {
  asOf: string;
  units: UnitScoreLine[];
}

/** What published_unit_score.detail holds: the unit's line and its fact rows (the drill-down). */
export interface PublishedDetail extends UnitScoreLine {
  facts: FactRow[];
}

function fromSnapshot(row: PublishedAssessment): AssessmentView {
  const snapshot = row.snapshot as unknown as Snapshot;
  return { year: row.year, asOf: snapshot.asOf, scheme: row.schemeSnapshot, units: snapshot.units, published: true, publishedAt: row.publishedAt };
}

/** The published snapshot, or else a fresh computation. */
export async function assessmentOf(ctx: RequestContext, year: number): Promise<AssessmentView> {
  assertYear(year);
  const row = await publishedOf(ctx, year);
  if (row) return fromSnapshot(row);
  return { ...(await computeAssessment(ctx, year)), published: false, publishedAt: null };
}

/** Always false for a live result; for a snapshot, whether recomputing now gives another result. */
export async function liveDiffers(ctx: RequestContext, view: AssessmentView): Promise<boolean> {
  if (!view.published) return false;
  return !sameResult(view, await computeAssessment(ctx, view.year));
}

export async function publishAssessment(ctx: RequestContext, year: number): Promise<AssessmentView> {
  assertYear(year);
  await lockYear(ctx, year);
  await assertNotPublished(ctx, year);
  const [sessions] = (await ctx.em.query(`SELECT count(*) AS n FROM assembly_session WHERE year = $1`, [year])) as Array<{ n: number }>;
  if (!sessions?.n) throw badInput(`No session is held in ${year}: there is nothing to assess`);
  const { facts, ...data } = await computeAssessment(ctx, year, true);
  if (data.units.length === 0) throw badInput(`No unit has an assignment of the ${year} items yet: there is nothing to publish`);

  const publishedAt = ctx.now();
  const snapshot: Snapshot = { asOf: data.asOf, units: data.units };
  await ctx.em.query(
    `INSERT INTO published_assessment (year, published_at, published_by_id, snapshot, scheme_snapshot) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)`,
    [year, publishedAt, ctx.principal!.userId!, JSON.stringify(snapshot), JSON.stringify(data.scheme)],
  );
  const factsByUnit = new Map<string, FactRow[]>();
  for (const f of facts) {
    const list = factsByUnit.get(f.unit_id);
    if (list) list.push(f);
    else factsByUnit.set(f.unit_id, [f]);
  }
  const detail = (u: UnitScoreLine): string => JSON.stringify({ ...u, facts: factsByUnit.get(u.unitId) ?? [] } satisfies PublishedDetail);
  // One statement for every unit's row.
  await ctx.em.query(
    `INSERT INTO published_unit_score (year, unit_id, total, rank, grade, detail)
     SELECT $1, u.unit_id, u.total, u.rank, u.grade, u.detail::jsonb
       FROM unnest($2::uuid[], $3::numeric[], $4::int[], $5::text[], $6::text[]) AS u(unit_id, total, rank, grade, detail)`,
    [year, data.units.map((u) => u.unitId), data.units.map((u) => u.total), data.units.map((u) => u.rank), data.units.map((u) => u.grade), data.units.map(detail)],
  );
  await recordEvent(ctx, {
    entityType: "Assessment",
    entityId: String(year),
    action: "assessment.publish",
    after: { year, units: data.units.length, asOf: data.asOf },
  });
  return { ...data, published: true, publishedAt };
}
