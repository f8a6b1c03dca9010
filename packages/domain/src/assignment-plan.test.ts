import { validateAssignmentPlan, type AssignmentPlanEntry } from "./assignment-plan";
import { DomainError } from "./errors";

function reasonOf(plan: AssignmentPlanEntry[]): { code: string; reason: unknown; message: string } | null {
  try {
    validateAssignmentPlan(plan);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { code: e.code, reason: e.details?.reason, message: e.message };
  }
}

describe("validateAssignmentPlan", () => {
  it("accepts the three modes", () => {
    expect(validateAssignmentPlan([{ unitId: "u1", role: "SOLE" }])).toBe("SOLE");
    expect(validateAssignmentPlan([{ unitId: "u1", role: "SOLE", share: 100 }])).toBe("SOLE");
    expect(
      validateAssignmentPlan([
        { unitId: "u1", role: "LEAD", share: 60 },
        { unitId: "u2", role: "CO", share: 30 },
        { unitId: "u3", role: "CO", share: 10 },
      ]),
    ).toBe("LEAD_CO");
    expect(
      validateAssignmentPlan([
        { unitId: "u1", role: "SPLIT", share: null },
        { unitId: "u2", role: "SPLIT" },
      ]),
    ).toBe("SPLIT");
  });

  it.each<[string, AssignmentPlanEntry[], string, string]>([
    ["an empty plan", [], "EMPTY", "The plan assigns no unit"],
    ["a blank unit", [{ unitId: " ", role: "SOLE" }], "MISSING_UNIT", "Every entry needs a unitId"],
    [
      "a unit twice",
      [
        { unitId: "u1", role: "LEAD" },
        { unitId: "u1", role: "CO" },
      ],
      "DUPLICATE_UNIT",
      "Unit u1 is listed twice",
    ],
    [
      "two sole units",
      [
        { unitId: "u1", role: "SOLE" },
        { unitId: "u2", role: "SOLE" },
      ],
      "SOLE_NOT_ALONE",
      "Sole handling takes exactly one unit, not 2",
    ],
    [
      "sole mixed with co",
      [
        { unitId: "u1", role: "SOLE" },
        { unitId: "u2", role: "CO" },
      ],
      "MIXED_MODES",
      "Roles CO, SOLE cannot be mixed in one plan",
    ],
    [
      "lead mixed with split",
      [
        { unitId: "u1", role: "LEAD" },
        { unitId: "u2", role: "SPLIT" },
      ],
      "MIXED_MODES",
      "Roles LEAD, SPLIT cannot be mixed in one plan",
    ],
    [
      "two leads",
      [
        { unitId: "u1", role: "LEAD" },
        { unitId: "u2", role: "LEAD" },
        { unitId: "u3", role: "CO" },
      ],
      "LEAD_COUNT",
      "A lead/co plan needs exactly one LEAD unit, not 2",
    ],
    [
      "co units without a lead",
      [
        { unitId: "u1", role: "CO" },
        { unitId: "u2", role: "CO" },
      ],
      "LEAD_COUNT",
      "A lead/co plan needs exactly one LEAD unit, not 0",
    ],
    ["a lead alone", [{ unitId: "u1", role: "LEAD" }], "NO_CO", "A LEAD unit needs at least one CO unit (use SOLE for a single unit)"],
    ["one split unit", [{ unitId: "u1", role: "SPLIT" }], "SPLIT_TOO_FEW", "Split handling needs at least two SPLIT units (use SOLE for a single unit)"],
    [
      "some shares missing",
      [
        { unitId: "u1", role: "SPLIT", share: 50 },
        { unitId: "u2", role: "SPLIT" },
      ],
      "SHARES_INCOMPLETE",
      "Shares are given for some units but not for u2",
    ],
    [
      "a zero share",
      [
        { unitId: "u1", role: "LEAD", share: 100 },
        { unitId: "u2", role: "CO", share: 0 },
      ],
      "SHARE_OUT_OF_RANGE",
      "The share of unit u2 must be a whole number from 1 to 100, not 0",
    ],
    [
      "a fractional share",
      [
        { unitId: "u1", role: "LEAD", share: 50.5 },
        { unitId: "u2", role: "CO", share: 49.5 },
      ],
      "SHARE_OUT_OF_RANGE",
      "The share of unit u1 must be a whole number from 1 to 100, not 50.5",
    ],
    [
      "shares not adding to 100",
      [
        { unitId: "u1", role: "SPLIT", share: 50 },
        { unitId: "u2", role: "SPLIT", share: 40 },
      ],
      "SHARES_NOT_100",
      "Shares add up to 90, not 100",
    ],
    ["a sole share under 100", [{ unitId: "u1", role: "SOLE", share: 80 }], "SHARES_NOT_100", "Shares add up to 80, not 100"],
  ])("refuses %s", (_name, plan, reason, message) => {
    expect(reasonOf(plan)).toEqual({ code: "INVALID_ASSIGNMENT_PLAN", reason, message });
  });
});
