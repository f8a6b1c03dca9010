// What the assessment spreadsheet prints: the year's result as `assessment(year)` gives it to this
// caller (a unit user: their own unit's line only), the units' names, and the fact rows behind every
// unit's numbers (frozen ones for a published year). A fixed number of statements.
import { mayCall } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { AppError, forbidden } from "../../graphql/errors";
import type { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { keepVisible } from "./assessment-access";
import { assessmentFactsByUnit } from "./assessment-items.service";
import { assessmentOf, type AssessmentView } from "./assessment-publish.service";
import type { FactRow, UnitScoreLine } from "./assessment-result";

export interface AssessmentExportData {
  view: AssessmentView;
  /** The lines the caller may see, in the table's order. */
  units: UnitScoreLine[];
  unitOf: (unitId: string) => Unit | null;
  factsOf: (unitId: string) => FactRow[];
}

function settled<T>(values: Array<T | Error>): T[] {
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw failed;
  return values as T[];
}

export async function loadAssessmentExport(ctx: RequestContext, year: number): Promise<AssessmentExportData> {
  const principal = ctx.principal;
  if (!principal) throw new AppError("UNAUTHENTICATED", "Please log in");
  if (!mayCall("assessment", principal.roles)) throw forbidden("Your role may not read the assessment");
  const view = await assessmentOf(ctx, year);
  const units = keepVisible(principal, view.units);
  const ids = units.map((u) => u.unitId);
  const [unitRows, facts] = await Promise.all([
    ctx.loaders.get(unitById).loadMany(ids),
    ctx.loaders.get(assessmentFactsByUnit).loadMany(ids.map((unitId) => ({ year, published: view.published, unitId }))),
  ]);
  const unitMap = new Map(settled(unitRows).flatMap((u) => (u ? [[u.id, u] as const] : [])));
  const factMap = new Map(settled(facts).map((rows, i) => [ids[i]!, rows]));
  return { view, units, unitOf: (id) => unitMap.get(id) ?? null, factsOf: (id) => factMap.get(id) ?? [] };
}
