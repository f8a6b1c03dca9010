// Checks the office's assignment plan (交办方案) before anything is written: SOLE = one unit; LEAD + CO =
// exactly one LEAD and at least one CO; SPLIT = two or more units that each reply. Shares (职能比重),
// where given, are given for all and sum to 100 (DOMAIN.md §2). Each refusal names the exact problem.
import type { AssignmentRole } from "./enums";
import { DomainError, ErrorCode } from "./errors";
import type { LocalizedText } from "./localized-text";

export interface AssignmentPlanEntry {
  readonly unitId: string;
  readonly role: AssignmentRole;
  readonly share?: number | null;
}

export const AssignmentMode = { SOLE: "SOLE", LEAD_CO: "LEAD_CO", SPLIT: "SPLIT" } as const;
export type AssignmentMode = (typeof AssignmentMode)[keyof typeof AssignmentMode];

/** Machine-readable reasons (DomainError.details.reason), so the console can show its own words. */
export const AssignmentPlanProblem = {
  EMPTY: "EMPTY",
  MISSING_UNIT: "MISSING_UNIT",
  DUPLICATE_UNIT: "DUPLICATE_UNIT",
  MIXED_MODES: "MIXED_MODES",
  SOLE_NOT_ALONE: "SOLE_NOT_ALONE",
  LEAD_COUNT: "LEAD_COUNT",
  NO_CO: "NO_CO",
  SPLIT_TOO_FEW: "SPLIT_TOO_FEW",
  SHARES_INCOMPLETE: "SHARES_INCOMPLETE",
  SHARE_OUT_OF_RANGE: "SHARE_OUT_OF_RANGE",
  SHARES_NOT_100: "SHARES_NOT_100",
} as const;
export type AssignmentPlanProblem = (typeof AssignmentPlanProblem)[keyof typeof AssignmentPlanProblem];

export const assignmentPlanProblemLabels: Readonly<Record<AssignmentPlanProblem, LocalizedText>> = {
  EMPTY: { zh: "至少交办一个单位", en: "Assign at least one unit" },
  MISSING_UNIT: { zh: "未选择承办单位", en: "A unit is missing" },
  DUPLICATE_UNIT: { zh: "同一单位不能重复交办", en: "A unit is listed twice" },
  MIXED_MODES: { zh: "单独办理、主办会办、分办不能混用", en: "Sole, lead/co and split handling cannot be mixed" },
  SOLE_NOT_ALONE: { zh: "单独办理只能有一个单位", en: "Sole handling takes exactly one unit" },
  LEAD_COUNT: { zh: "主办单位必须有且只有一个", en: "There must be exactly one lead unit" },
  NO_CO: { zh: "主办时至少需要一个会办单位", en: "A lead unit needs at least one co-handling unit" },
  SPLIT_TOO_FEW: { zh: "分办至少需要两个单位", en: "Split handling needs at least two units" },
  SHARES_INCOMPLETE: { zh: "职能比重须全部填写或全部不填", en: "Give a share for every unit or for none" },
  SHARE_OUT_OF_RANGE: { zh: "职能比重须为 1–100 的整数", en: "Shares are whole numbers from 1 to 100" },
  SHARES_NOT_100: { zh: "职能比重合计须为 100%", en: "Shares must add up to 100" },
};

function fail(reason: AssignmentPlanProblem, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(ErrorCode.INVALID_ASSIGNMENT_PLAN, message, { reason, ...extra });
}

function modeOf(entries: readonly AssignmentPlanEntry[]): AssignmentMode {
  const roles = new Set(entries.map((e) => e.role));
  const modes = new Set<AssignmentMode>(
    [...roles].map((r) => (r === "SOLE" ? "SOLE" : r === "SPLIT" ? "SPLIT" : "LEAD_CO")),
  );
  if (modes.size > 1) fail("MIXED_MODES", `Roles ${[...roles].sort().join(", ")} cannot be mixed in one plan`);
  const [mode] = modes;
  return mode ?? fail("EMPTY", "The plan assigns no unit");
}

function checkRoles(mode: AssignmentMode, entries: readonly AssignmentPlanEntry[]): void {
  const count = (role: AssignmentRole): number => entries.filter((e) => e.role === role).length;
  if (mode === "SOLE" && entries.length !== 1) {
    fail("SOLE_NOT_ALONE", `Sole handling takes exactly one unit, not ${entries.length}`);
  }
  if (mode === "LEAD_CO") {
    if (count("LEAD") !== 1) fail("LEAD_COUNT", `A lead/co plan needs exactly one LEAD unit, not ${count("LEAD")}`);
    if (count("CO") < 1) fail("NO_CO", "A LEAD unit needs at least one CO unit (use SOLE for a single unit)");
  }
  if (mode === "SPLIT" && entries.length < 2) {
    fail("SPLIT_TOO_FEW", "Split handling needs at least two SPLIT units (use SOLE for a single unit)");
  }
}

function checkShares(entries: readonly AssignmentPlanEntry[]): void {
  const given = entries.filter((e) => e.share !== undefined && e.share !== null);
  if (given.length === 0) return;
  if (given.length !== entries.length) {
    const without = entries.filter((e) => e.share === undefined || e.share === null).map((e) => e.unitId);
    fail("SHARES_INCOMPLETE", `Shares are given for some units but not for ${without.join(", ")}`, { unitIds: without });
  }
  for (const e of given) {
    const share = e.share as number;
    if (!Number.isInteger(share) || share < 1 || share > 100) {
      fail("SHARE_OUT_OF_RANGE", `The share of unit ${e.unitId} must be a whole number from 1 to 100, not ${share}`, {
        unitId: e.unitId,
      });
    }
  }
  const sum = given.reduce((s, e) => s + (e.share as number), 0);
  if (sum !== 100) fail("SHARES_NOT_100", `Shares add up to ${sum}, not 100`, { sum });
}

/**
 * The plan's mode when valid; DomainError(INVALID_ASSIGNMENT_PLAN) with details.reason otherwise.
 * Used for first assignment and for reassignment after a return (with the remaining active units).
 */
export function validateAssignmentPlan(entries: readonly AssignmentPlanEntry[]): AssignmentMode {
  if (entries.length === 0) fail("EMPTY", "The plan assigns no unit");
  const seen = new Set<string>();
  for (const e of entries) {
    if (typeof e.unitId !== "string" || e.unitId.trim() === "") fail("MISSING_UNIT", "Every entry needs a unitId");
    if (seen.has(e.unitId)) fail("DUPLICATE_UNIT", `Unit ${e.unitId} is listed twice`, { unitId: e.unitId });
    seen.add(e.unitId);
  }
  const mode = modeOf(entries);
  checkRoles(mode, entries);
  checkShares(entries);
  return mode;
}
