import { scoreUnits, type UnitAssessmentInput } from "./assessment";
import { defaultAssessmentScheme, validateScheme } from "./assessment-scheme";
import { DomainError } from "./errors";
import { roundTo } from "./numbers";

const none: Omit<UnitAssessmentInput, "unitId"> = {
  replyingAssignments: 0, coAssignments: 0, repliedOnTime: 0, repliedOrPastDue: 0, satisfied: 0, rated: 0,
  categoryCounts: {}, communicated: 0, replied: 0, qualityScoreSum: 0, qualityScoreCount: 0, coOnTime: 0,
  coDueOrDone: 0, reworkCount: 0, lateCount: 0, keyLedClosedACount: 0,
};

const excellent: UnitAssessmentInput = {
  ...none, unitId: "U1", replyingAssignments: 10, coAssignments: 2, repliedOnTime: 10, repliedOrPastDue: 10,
  satisfied: 8, rated: 8, categoryCounts: { A: 10 }, communicated: 10, replied: 10, qualityScoreSum: 950,
  qualityScoreCount: 10, coOnTime: 2, coDueOrDone: 2, keyLedClosedACount: 5,
};
const middling: UnitAssessmentInput = {
  ...none, unitId: "U2", replyingAssignments: 4, repliedOnTime: 3, repliedOrPastDue: 4, satisfied: 2, rated: 3,
  categoryCounts: { A: 1, B: 2, C: 1 }, communicated: 3, replied: 4, qualityScoreSum: 320, qualityScoreCount: 4,
  reworkCount: 7, lateCount: 1, adjustments: [{ points: 1.5, reason: "区领导督办件额外工作量" }],
};
const twin: UnitAssessmentInput = { ...middling, unitId: "U4", adjustments: [{ points: 1.5, reason: "另一理由" }] };
const small: UnitAssessmentInput = {
  ...none, unitId: "U3", replyingAssignments: 2, repliedOnTime: 2, repliedOrPastDue: 2, satisfied: 1, rated: 1,
  categoryCounts: { A: 2 }, communicated: 2, replied: 2,
};
const late: UnitAssessmentInput = { ...none, unitId: "U5", replyingAssignments: 3, repliedOrPastDue: 3, lateCount: 3 };

describe("scoreUnits with the default scheme", () => {
  const scheme = defaultAssessmentScheme();
  const results = scoreUnits(scheme, [small, middling, late, excellent, twin]);
  const byId = (id: string) => results.find((r) => r.unitId === id)!;
  const points = (id: string) => Object.fromEntries(byId(id).indicators.map((i) => [i.key, i.points]));

  it("gives full marks, capping the bonus at +3", () => {
    expect(points("U1")).toEqual({ onTime: 25, satisfaction: 25, solved: 15, communication: 15, quality: 9.5, coHandling: 10 });
    expect(byId("U1").bonuses).toEqual([expect.objectContaining({ key: "keyLedSolved", count: 5, points: 3 })]);
    expect(byId("U1").total).toBe(102.5);
    expect(byId("U1").grade?.zh).toBe("优秀");
  });

  it("computes a middling unit by hand", () => {
    // 3/4×25 = 18.75; 2/3×25 = 16.67; (1 + 2×0.7 + 0.4)/4 = 0.7 → 10.5; 3/4×15 = 11.25; 80/100×10 = 8;
    // no CO duty → 10. Sum 75.17; rework 7 → −5 (capped); late 1 → −2; adjustment +1.5 → 69.67.
    expect(points("U2")).toEqual({ onTime: 18.75, satisfaction: 16.67, solved: 10.5, communication: 11.25, quality: 8, coHandling: 10 });
    const solved = byId("U2").indicators.find((i) => i.key === "solved")!;
    expect([solved.numerator, solved.denominator]).toEqual([2.8, 4]);
    const quality = byId("U2").indicators.find((i) => i.key === "quality")!;
    expect([quality.numerator, quality.denominator]).toEqual([320, 400]);
    expect(byId("U2").deductions.map((d) => [d.key, d.count, d.points])).toEqual([["rework", 7, -5], ["late", 1, -2]]);
    expect(byId("U2").total).toBe(69.67);
    expect(byId("U2").grade?.zh).toBe("合格");
  });

  it("gives the same points whatever the order of the category counts", () => {
    const solved = (categoryCounts: Record<string, number>) =>
      scoreUnits(scheme, [{ ...none, unitId: "X", categoryCounts }])[0]!.indicators.find((i) => i.key === "solved")!;
    expect(solved({ A: 2, B: 1, C: 1 })).toMatchObject({ numerator: 3.1, points: 11.63 });
    expect(solved({ A: 2, C: 1, B: 1 })).toMatchObject({ numerator: 3.1, points: 11.63 });
  });

  it("shares ranks between ties and skips the next rank", () => {
    expect(results.map((r) => [r.unitId, r.rank])).toEqual([["U1", 1], ["U2", 2], ["U4", 2], ["U5", 4], ["U3", null]]);
  });

  it("shows but neither ranks nor grades a unit under the minimum sample", () => {
    expect(byId("U3").sample).toBe(2);
    expect(byId("U3").total).toBe(100); // no quality ratings → the full 10 (FULL when nothing was rated)
    expect(byId("U3").rank).toBeNull();
    expect(byId("U3").grade).toBeNull();
  });

  it("scores a unit with nothing replied", () => {
    expect(points("U5")).toEqual({ onTime: 0, satisfaction: 0, solved: 0, communication: 0, quality: 10, coHandling: 10 });
    expect(byId("U5").total).toBe(14);
    expect(byId("U5").grade?.zh).toBe("不合格");
  });

  it("keeps every printed breakdown adding up to the total", () => {
    for (const r of results) {
      const sum = [...r.indicators, ...r.deductions, ...r.bonuses, ...r.adjustments].reduce((s, p) => s + p.points, 0);
      expect(roundTo(sum, 2)).toBe(r.total);
    }
  });

  it("ranks everyone with a minimum sample of 0", () => {
    const all = scoreUnits(defaultAssessmentScheme(0), [small, excellent]);
    expect(all.map((r) => [r.unitId, r.rank, r.grade?.key])).toEqual([["U1", 1, "EXCELLENT"], ["U3", 2, "EXCELLENT"]]);
  });

  it("refuses impossible counts and adjustments without a reason", () => {
    expect(() => scoreUnits(scheme, [{ ...excellent, satisfied: 9 }])).toThrow("Unit U1: satisfied (9) exceeds rated (8)");
    expect(() => scoreUnits(scheme, [{ ...none, unitId: "X", reworkCount: -1 }])).toThrow(DomainError);
    expect(() => scoreUnits(scheme, [{ ...middling, adjustments: [{ points: 2, reason: " " }] }])).toThrow(
      "a manual adjustment needs a reason",
    );
  });
});

describe("validateScheme", () => {
  it("accepts the default", () => {
    expect(validateScheme(defaultAssessmentScheme())).toEqual([]);
  });

  it("finds weights not adding to 100 and bands out of order", () => {
    const scheme = defaultAssessmentScheme();
    const broken = {
      ...scheme,
      indicators: scheme.indicators.map((i) => (i.key === "quality" ? { ...i, weight: 5 } : i)),
      gradeBands: [scheme.gradeBands[1]!, scheme.gradeBands[0]!, scheme.gradeBands[2]!],
      deductions: [{ ...scheme.deductions[0]!, key: "onTime", pointsPer: 0 }],
      minSample: -1,
    };
    expect(validateScheme(broken)).toEqual([
      "indicator weights add up to 95, not 100",
      'key "onTime" is used twice',
      '"onTime" needs positive points per case',
      'grade band "优秀" (90) must be below "良好" (80)',
      "minSample must be a whole number ≥ 0",
    ]);
  });

  it("allows one rule per cause and a whole threshold for lateness", () => {
    const scheme = defaultAssessmentScheme();
    const late = scheme.deductions[1]!;
    const broken = { ...scheme, deductions: [...scheme.deductions, { ...late, key: "late2", thresholdDays: 1.5 }] };
    expect(validateScheme(broken)).toEqual(["cause LATE is used twice", '"late2" needs thresholdDays, a whole number ≥ 0']);
  });

  it("needs category values for the solved indicator", () => {
    const scheme = defaultAssessmentScheme();
    const broken = { ...scheme, indicators: scheme.indicators.map((i) => ({ ...i, categoryValues: i.computation === "CATEGORY_MEAN" ? { A: 2 } : undefined })) };
    expect(validateScheme(broken)).toEqual(['indicator "solved" has a category value outside 0..1']);
  });
});

describe("roundTo", () => {
  it.each([
    [1.005, 2, 1.01],
    [-2.675, 2, -2.68],
    [16.666666, 2, 16.67],
    [-0.001, 2, 0],
    [2.8000000000000003, 4, 2.8],
    [1e-7, 2, 0],
    [123456.785, 2, 123456.79],
  ])("rounds %d to %d places as %d", (x, d, expected) => {
    expect(roundTo(x, d)).toBe(expected);
  });
});
