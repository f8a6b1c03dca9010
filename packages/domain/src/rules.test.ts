import { WEEKENDS_ONLY } from "./calendar";
import { dueDates, dueState, feedbackWindowEndsOn, rehandlingDueOn } from "./due-dates";
import { officialHolidayCalendar } from "./official-holidays";
import { validateRuleSet } from "./rule-set-validation";
import { defaultRuleSet, defaultRuleSets, findCategory, officeReviewApplies, resolveSubjectArea } from "./rules";

describe("default rule set", () => {
  const rules = defaultRuleSet("PROPOSAL");

  it("holds DOMAIN.md's defaults", () => {
    expect(rules).toMatchObject({
      returnWindowWorkingDays: 5,
      coOpinionDueMonths: 1,
      replyDueMonths: 3,
      extensionMaxMonths: 6,
      feedbackWindowWorkingDays: 15,
      rehandlingDueMonths: 1,
      dueSoonDays: 10,
      bodyMaxLength: 5000,
      titleMaxLength: 200,
      officeReviewRequired: "KEY_ONLY",
      communicationRequiredBeforeReply: true,
      handledBasis: "AFTER_MERGE",
      minAssessmentSample: 3,
    });
    expect(rules.categories.map((c) => c.code)).toEqual(["A", "B", "C", "D"]);
    expect(findCategory(rules, "A")?.solved).toBe(true);
    expect(rules.categories.filter((c) => c.followUp).map((c) => c.code)).toEqual(["B", "C"]);
    expect(rules.subjectAreas).toHaveLength(9);
  });

  it("is valid, for every kind", () => {
    for (const set of defaultRuleSets()) expect(validateRuleSet(set)).toEqual([]);
    expect(defaultRuleSets().map((r) => r.kind)).toEqual(["PROPOSAL", "SUGGESTION", "MICRO_SUGGESTION"]);
  });

  it("is a fresh copy each time", () => {
    const a = defaultRuleSet("SUGGESTION");
    (a.categories as unknown as { zh: string }[])[0]!.zh = "changed";
    expect(defaultRuleSet("SUGGESTION").categories[0]!.zh).toBe("已解决或基本解决");
  });

  it("decides office review by setting and key flag", () => {
    expect(officeReviewApplies(rules, true)).toBe(true);
    expect(officeReviewApplies(rules, false)).toBe(false);
    expect(officeReviewApplies({ officeReviewRequired: "ALL" }, false)).toBe(true);
    expect(officeReviewApplies({ officeReviewRequired: "NONE" }, true)).toBe(false);
  });

  it("resolves subject areas by code or label", () => {
    expect(resolveSubjectArea(rules, "经济发展")).toBe("ECONOMY");
    expect(resolveSubjectArea(rules, "ECONOMY")).toBe("ECONOMY");
    expect(resolveSubjectArea(rules, " economic development ")).toBe("ECONOMY");
    expect(resolveSubjectArea(rules, "体育")).toBeUndefined();
  });
});

describe("validateRuleSet", () => {
  const valid = defaultRuleSet("PROPOSAL");

  it("refuses an extension maximum shorter than the reply due", () => {
    expect(validateRuleSet({ ...valid, extensionMaxMonths: 2 })).toEqual([
      "extensionMaxMonths (2) must not be less than replyDueMonths (3)",
    ]);
  });

  it("refuses co-opinions due after the reply", () => {
    expect(validateRuleSet({ ...valid, coOpinionDueMonths: 4 })).toEqual([
      "coOpinionDueMonths (4) must not exceed replyDueMonths (3)",
    ]);
  });

  it("lists every problem at once", () => {
    const problems = validateRuleSet({
      ...valid,
      kind: "PETITION",
      returnWindowWorkingDays: 0,
      dueSoonDays: 2.5,
      officeReviewRequired: "SOME",
      handledBasis: undefined,
      communicationRequiredBeforeReply: "yes",
      categories: [
        { code: "A", zh: "甲", en: "A", solved: false, followUp: false },
        { code: "A", zh: "", en: "B", solved: false, followUp: "no" },
      ],
      subjectAreas: [],
    });
    expect(problems).toEqual([
      "kind must be one of PROPOSAL, SUGGESTION, MICRO_SUGGESTION",
      "returnWindowWorkingDays must be between 1 and 60 (is 0)",
      "dueSoonDays must be an integer",
      "categories[1].zh must be a non-empty string",
      'categories[1].code "A" is listed twice',
      "categories[1].followUp must be true or false",
      "categories must mark at least one category as solved",
      "subjectAreas must be a non-empty list",
      "officeReviewRequired must be one of NONE, KEY_ONLY, ALL",
      "communicationRequiredBeforeReply must be true or false",
      "handledBasis must be one of AFTER_MERGE, BEFORE_MERGE",
    ]);
  });

  it("refuses what is not an object", () => {
    expect(validateRuleSet(null)).toEqual(["a rule set must be an object"]);
    expect(validateRuleSet([])).toEqual(["a rule set must be an object"]);
  });
});

describe("due dates", () => {
  const rules = defaultRuleSet("PROPOSAL");
  const cal = officialHolidayCalendar();

  it("sets every deadline of an assignment", () => {
    expect(dueDates("2025-09-26", rules, cal, "CO")).toEqual({
      returnWindowEndsOn: "2025-10-10",
      coOpinionDueOn: "2025-10-26",
      replyDueOn: "2025-12-26",
      extensionLimitOn: "2026-03-26",
    });
  });

  it("clamps month deadlines and gives no co-opinion date to replying units", () => {
    expect(dueDates("2024-03-31", rules, WEEKENDS_ONLY, "LEAD")).toEqual({
      returnWindowEndsOn: "2024-04-05",
      coOpinionDueOn: null,
      replyDueOn: "2024-06-30",
      extensionLimitOn: "2024-09-30",
    });
  });

  it("sets the round-2 and feedback deadlines", () => {
    expect(rehandlingDueOn("2024-01-31", rules)).toBe("2024-02-29");
    // 15 working days after Friday 2025-09-19: 09-22…09-30 (8, with Sunday 09-28), 10-09…10-11 (3), 10-13…10-16 (4).
    expect(feedbackWindowEndsOn("2025-09-19", rules, cal)).toBe("2025-10-16");
  });
});

describe("dueState", () => {
  const base = { replyDueOn: "2025-06-30", done: false, dueSoonDays: 10 };

  it.each([
    ["2025-06-19", "ON_TRACK"],
    ["2025-06-20", "DUE_SOON"],
    ["2025-06-30", "DUE_SOON"],
    ["2025-07-01", "OVERDUE"],
  ])("on %s is %s", (today, state) => {
    expect(dueState({ ...base, today })).toBe(state);
  });

  it("is DONE once done, even late", () => {
    expect(dueState({ ...base, today: "2025-09-01", done: true })).toBe("DONE");
  });
});
