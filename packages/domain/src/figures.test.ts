import { feedbackClosesItem, countsAsSatisfied } from "./feedback";
import { FIGURES, figureDefinition, formatRate, median, percentile, rate } from "./figures";

describe("figures", () => {
  it("defines each figure of DOMAIN.md §4 once", () => {
    const keys = FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(figureDefinition("replyRate").zh).toBe("办复率");
    expect(figureDefinition("satisfactionRate").zh).toBe("满意率");
    for (const f of FIGURES) expect([f.key, f.measure === "RATE"]).toEqual([f.key, f.denominator !== null]);
  });

  it("divides, with 0 for an empty denominator", () => {
    expect(rate(42, 42)).toBe(1);
    expect(rate(7, 8)).toBe(0.875);
    expect(rate(0, 0)).toBe(0);
  });

  it.each([
    [1, 42, "100%"],
    [0.875, 8, "87.5%"],
    [5 / 6, 6, "83.3%"],
    [2 / 3, 3, "66.7%"],
    [0, 5, "0%"],
    [0.5005, 2000, "50.1%"],
    [0, 0, "—"],
  ])("formats %d over %d as %s", (r, d, text) => {
    expect(formatRate(r, d)).toBe(text);
  });

  it("takes medians and percentiles", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("feedback", () => {
  it("counts satisfied and basically satisfied", () => {
    expect(countsAsSatisfied("SATISFIED")).toBe(true);
    expect(countsAsSatisfied("BASICALLY_SATISFIED")).toBe(true);
    expect(countsAsSatisfied("DISSATISFIED")).toBe(false);
  });

  it("closes on satisfaction, or after round 2 whatever the rating", () => {
    expect(feedbackClosesItem("BASICALLY_SATISFIED", 1)).toBe(true);
    expect(feedbackClosesItem("DISSATISFIED", 1)).toBe(false);
    expect(feedbackClosesItem("DISSATISFIED", 2)).toBe(true);
  });
});
