// 手工调整: office staff add points to (or take points from) a unit's year score, with a reason. Rows
// are added, never edited; the score sums them. Refused once the year is published.
import { roundTo } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput, notFound } from "../../graphql/errors";
import { recordEvent } from "../event/event.service";
import { Unit } from "../unit/unit.entity";
import { AssessmentAdjustment } from "./assessment-adjustment.entity";
import { computeAssessment } from "./assessment-compute.service";
import type { UnitScoreLine } from "./assessment-result";
import { assertNotPublished, assertYear, lockYear } from "./assessment-year";

/** A manual adjustment is a correction, not a second score: at most this many points either way. */
export const MAX_ADJUSTMENT = 20;
const REASON_MAX = 500;

export interface AdjustArgs {
  year: number;
  unitId: string;
  points: number;
  reason: string;
}

function checkArgs(args: AdjustArgs): { points: number; reason: string } {
  const points = roundTo(args.points, 2);
  const reason = args.reason.trim();
  const problems: Record<string, string[]> = {};
  if (!Number.isFinite(points) || points === 0 || Math.abs(points) > MAX_ADJUSTMENT) {
    problems.points = [`a non-zero number of points from -${MAX_ADJUSTMENT} to ${MAX_ADJUSTMENT} (2 decimals)`];
  }
  if (reason.length === 0) problems.reason = ["a reason is required"];
  else if ([...reason].length > REASON_MAX) problems.reason = [`at most ${REASON_MAX} characters`];
  if (Object.keys(problems).length) throw badInput("The adjustment is not valid", problems);
  return { points, reason };
}

/** Adds the adjustment and returns the unit's score as it now stands (rank among every unit). */
export async function adjustScore(ctx: RequestContext, args: AdjustArgs): Promise<UnitScoreLine> {
  assertYear(args.year);
  const { points, reason } = checkArgs(args);
  const unit = await ctx.em.getRepository(Unit).findOneBy({ id: args.unitId });
  if (!unit) throw notFound("Unit");
  await lockYear(ctx, args.year);
  await assertNotPublished(ctx, args.year);

  const repo = ctx.em.getRepository(AssessmentAdjustment);
  const saved = await repo.save(repo.create({ year: args.year, unitId: unit.id, points, reason, createdById: ctx.principal!.userId!, createdAt: ctx.now() }));
  await recordEvent(ctx, {
    entityType: "AssessmentAdjustment",
    entityId: saved.id,
    action: "assessment.adjust",
    after: { year: args.year, unitId: unit.id, points, reason },
  });
  const line = (await computeAssessment(ctx, args.year)).units.find((u) => u.unitId === unit.id);
  if (!line) throw new Error(`Unit ${unit.id} missing from its own adjusted assessment`);
  return line;
}
