// The office's assignment plan as form rows → the API's AssignmentInput list, checked with the
// domain's own plan rules (@jyta/domain validateAssignmentPlan) before the request, so the form says
// exactly what is wrong in the user's language.
import type { AssignmentInput, AssignmentRole } from "@jyta/client";
import { assignmentPlanProblemLabels, isDomainError, localize, validateAssignmentPlan, type AssignmentMode, type AssignmentPlanProblem } from "@jyta/domain";
import type { AssignmentView } from "../common/types";

export interface PlanRow {
  unitId?: string;
  share?: number | null;
  role?: AssignmentRole;
}

/** The mode the live assignments already fix (reassignment), or undefined when there are none. */
export function modeOfLive(live: readonly AssignmentView[]): AssignmentMode | undefined {
  if (live.length === 0) return undefined;
  if (live.some((a) => a.role === "SOLE")) return "SOLE";
  if (live.some((a) => a.role === "SPLIT")) return "SPLIT";
  return "LEAD_CO";
}

/** The role of row `index` in `mode` (LEAD_CO: the first row leads unless a live LEAD does). */
export function roleFor(mode: AssignmentMode, index: number, row: PlanRow, liveHasLead: boolean): AssignmentRole {
  if (mode === "SOLE") return "SOLE";
  if (mode === "SPLIT") return "SPLIT";
  if (row.role === "LEAD" || row.role === "CO") return row.role;
  return index === 0 && !liveHasLead ? "LEAD" : "CO";
}

export function toInputs(mode: AssignmentMode, rows: readonly PlanRow[], liveHasLead: boolean): AssignmentInput[] {
  return rows.map((row, i) => ({
    unitId: row.unitId ?? "",
    role: roleFor(mode, i, row, liveHasLead),
    share: typeof row.share === "number" ? row.share : undefined,
  }));
}

/** The problem with the whole plan (live + new), in the given language, or null when it is valid. */
export function planProblem(live: readonly AssignmentView[], inputs: readonly AssignmentInput[], lang: "zh" | "en"): string | null {
  try {
    validateAssignmentPlan([
      ...live.map((a) => ({ unitId: a.unit.id, role: a.role, share: a.share })),
      ...inputs.map((e) => ({ unitId: String(e.unitId), role: e.role, share: e.share ?? null })),
    ]);
    return null;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const reason = error.details?.reason as AssignmentPlanProblem | undefined;
    const label = reason ? assignmentPlanProblemLabels[reason] : undefined;
    return label ? localize(label, lang) : error.message;
  }
}
