// The result (assessment-result.ts) as the GraphQL objects, cut to what the caller may see.
import type { Principal } from "../auth/principal";
import { keepVisible } from "./assessment-access";
import type { AssessmentView } from "./assessment-publish.service";
import type { UnitScoreLine } from "./assessment-result";
import { schemeType } from "./assessment-scheme.types";
import type { Assessment, UnitScore } from "./assessment.types";

export function unitScoreType(u: UnitScoreLine, at: { year: number; published: boolean }): UnitScore {
  const source = { year: at.year, published: at.published, unitId: u.unitId };
  return {
    unitId: u.unitId,
    total: u.total,
    rank: u.rank,
    grade: u.grade,
    gradeKey: u.gradeKey,
    ranked: u.ranked,
    assignmentCount: u.assignmentCount,
    indicators: u.indicators.map((i) => ({ ...i, source })),
    deductions: u.deductions.map((d) => ({ ...d, source })),
    bonuses: u.bonuses.map((b) => ({ ...b, source })),
    adjustments: u.adjustments.map((a) => ({ id: a.id, points: a.points, reason: a.reason, createdAt: new Date(a.createdAt) })),
    year: at.year,
    published: at.published,
  };
}

export function assessmentType(principal: Principal | null, view: AssessmentView): Assessment {
  return {
    year: view.year,
    published: view.published,
    publishedAt: view.publishedAt,
    asOf: view.asOf,
    scheme: schemeType(view.scheme),
    units: keepVisible(principal, view.units).map((u) => unitScoreType(u, view)),
    view,
  };
}
