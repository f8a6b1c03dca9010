// The 2033 assessment (assessment-scenario.ts) scored through HTTP and checked against hand-computed
// numbers: every indicator, both deduction caps, the bonus cap, the minimum sample, a tie in rank and
// every grade band; the drill-down lists agree with the numbers; unit users see their own line only.
// Today is 2034-03-01 (China).
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { buildAssessmentScenario, TODAY_ISO, YEAR, type AssessmentScenario, type UnitLetter } from "./support/assessment-scenario";
import { ASSESSMENT, ASSESSMENT_ITEMS, type AssessmentItemsResult, type AssessmentResult, type UnitScoreResult } from "./support/assessment-queries";

type Triple = [numerator: number, denominator: number, points: number];
interface Expected {
  indicators: { onTime: Triple; satisfaction: Triple; solved: Triple; communication: Triple; quality: Triple; coHandling: Triple };
  rework: [count: number, points: number];
  late: [count: number, points: number];
  bonus: [count: number, points: number];
  total: number;
  rank: number | null;
  grade: string | null;
  assignmentCount: number;
}

// Worked out by hand (weights 25/25/15/15/10/10; solved values A 1, B 0.7, C 0.4, D 0.2).
const EXPECTED: Record<UnitLetter, Expected> = {
  // 25 + 25 + 15 + 15 + 170/200×10 = 8.5 + 10 = 98.5; four key items led and closed A → +3 (cap) = 101.5
  A: {
    indicators: { onTime: [5, 5, 25], satisfaction: [5, 5, 25], solved: [5, 5, 15], communication: [5, 5, 15], quality: [170, 200, 8.5], coHandling: [1, 1, 10] },
    rework: [0, 0], late: [0, 0], bonus: [4, 3], total: 101.5, rank: 1, grade: "优秀", assignmentCount: 6,
  },
  // 25 + 2/3×25 = 16.67 + 3.1/4×15 = 11.63 + 3/4×15 = 11.25 + 10 (no rating: full) + 0/1 CO = 74.55; rework 7 → −5 (cap)
  B: {
    indicators: { onTime: [4, 4, 25], satisfaction: [2, 3, 16.67], solved: [3.1, 4, 11.63], communication: [3, 4, 11.25], quality: [0, 0, 10], coHandling: [0, 1, 0] },
    rework: [7, -5], late: [0, 0], bonus: [0, 0], total: 69.55, rank: 5, grade: "合格", assignmentCount: 5,
  },
  // 2/3×25 = 16.67 + 25 + 2.7/3×15 = 13.5 + 15 + 70/100×10 = 7 + 10 (no CO duty) = 87.17; 10 days late is no deduction
  C: {
    indicators: { onTime: [2, 3, 16.67], satisfaction: [3, 3, 25], solved: [2.7, 3, 13.5], communication: [3, 3, 15], quality: [70, 100, 7], coHandling: [0, 0, 10] },
    rework: [0, 0], late: [0, 0], bonus: [0, 0], total: 87.17, rank: 2, grade: "良好", assignmentCount: 3,
  },
  // 0 + 0 + 0.6/2×15 = 4.5 + 1/2×15 = 7.5 + 10 + 10 = 32; late 6 (five unreplied, one 31 days; not the 30-day one) → −10 (cap)
  D: {
    indicators: { onTime: [0, 7, 0], satisfaction: [0, 1, 0], solved: [0.6, 2, 4.5], communication: [1, 2, 7.5], quality: [0, 0, 10], coHandling: [0, 0, 10] },
    rework: [0, 0], late: [6, -10], bonus: [0, 0], total: 22, rank: 6, grade: "不合格", assignmentCount: 7,
  },
  // 25 + 25 + 15 + 0 (no communication) + 10 + 10 = 85, tied with F; the returned assignment does not count
  E: {
    indicators: { onTime: [3, 3, 25], satisfaction: [1, 1, 25], solved: [3, 3, 15], communication: [0, 3, 0], quality: [0, 0, 10], coHandling: [0, 0, 10] },
    rework: [0, 0], late: [0, 0], bonus: [0, 0], total: 85, rank: 3, grade: "良好", assignmentCount: 3,
  },
  F: {
    indicators: { onTime: [3, 3, 25], satisfaction: [1, 1, 25], solved: [3, 3, 15], communication: [0, 3, 0], quality: [0, 0, 10], coHandling: [0, 0, 10] },
    rework: [0, 0], late: [0, 0], bonus: [0, 0], total: 85, rank: 3, grade: "良好", assignmentCount: 3,
  },
  // 1/2×25 = 12.5 + 25 + 15 + 15 + 10 + 10 = 87.5; late 1 → −2 = 85.5; two assignments < 3: not ranked
  G: {
    indicators: { onTime: [1, 2, 12.5], satisfaction: [1, 1, 25], solved: [1, 1, 15], communication: [1, 1, 15], quality: [0, 0, 10], coHandling: [0, 0, 10] },
    rework: [0, 0], late: [1, -2], bonus: [0, 0], total: 85.5, rank: null, grade: null, assignmentCount: 2,
  },
};

function actual(u: UnitScoreResult): Expected {
  const ind = Object.fromEntries(u.indicators.map((i) => [i.key, [i.numerator, i.denominator, i.points]])) as Expected["indicators"];
  const counted = (list: UnitScoreResult["deductions"], key: string): [number, number] => {
    const line = list.find((d) => d.key === key)!;
    return [line.count, line.points];
  };
  return {
    indicators: ind,
    rework: counted(u.deductions, "rework"),
    late: counted(u.deductions, "late"),
    bonus: counted(u.bonuses, "keyLedSolved"),
    total: u.total,
    rank: u.rank,
    grade: u.grade,
    assignmentCount: u.assignmentCount,
  };
}

describeEachDatabase("assessment scoring", (server) => {
  let scenario: AssessmentScenario;
  let result: AssessmentResult["assessment"];
  const letterOf = (unitId: string): UnitLetter => (Object.entries(scenario.units).find(([, id]) => id === unitId)?.[0] ?? "?") as UnitLetter;

  beforeAll(async () => {
    server().clock.set(TODAY_ISO);
    scenario = await buildAssessmentScenario(await FigureFixtures.open(server().dataSource), server().dataSource);
    const office = await server().login("office");
    result = (await office.ok<AssessmentResult>(ASSESSMENT, { year: YEAR })).assessment;
  });

  it("scores every unit as computed by hand", () => {
    expect(result).toMatchObject({ year: YEAR, published: false, publishedAt: null, asOf: "2034-03-01" });
    const got = Object.fromEntries(result.units.map((u) => [letterOf(u.unitId), actual(u)]));
    expect(got).toEqual(EXPECTED);
  });

  it("lists ranked units by rank (ties share it and skip the next), then the unranked", () => {
    const order = result.units.map((u) => letterOf(u.unitId));
    expect([order.slice(0, 2), order.slice(2, 4).sort(), order.slice(4)]).toEqual([["A", "C"], ["E", "F"], ["B", "D", "G"]]);
    expect(result.units.map((u) => [u.rank, u.ranked])).toEqual([[1, true], [2, true], [3, true], [3, true], [5, true], [6, true], [null, false]]);
  });

  it("labels every line and states the scheme it used", () => {
    const a = result.units[0]!;
    expect(a.indicators.map((i) => [i.key, i.label, i.weight])).toEqual([
      ["onTime", "按时办复", 25], ["satisfaction", "满意度", 25], ["solved", "解决程度", 15],
      ["communication", "沟通协商", 15], ["quality", "答复质量", 10], ["coHandling", "会办配合", 10],
    ]);
    expect(a.gradeKey).toBe("EXCELLENT");
    expect(result.scheme.minSample).toBe(3);
    expect(result.scheme.indicators.find((i) => i.key === "quality")?.whenNoDenominator).toBe("FULL");
  });

  it("drills into every number with lists as long as the number", async () => {
    const office = await server().login("office");
    const items = async (unit: UnitLetter, indicator: string, part: "NUMERATOR" | "DENOMINATOR") =>
      (await office.ok<AssessmentItemsResult>(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units[unit], indicator, part })).assessmentItems;

    for (const [letter, expected] of Object.entries(EXPECTED) as Array<[UnitLetter, Expected]>) {
      for (const key of ["onTime", "satisfaction", "communication", "coHandling"] as const) {
        const [numerator, denominator] = expected.indicators[key];
        expect([letter, key, (await items(letter, key, "NUMERATOR")).totalItems]).toEqual([letter, key, numerator]);
        expect([letter, key, (await items(letter, key, "DENOMINATOR")).totalItems]).toEqual([letter, key, denominator]);
      }
      expect([letter, (await items(letter, "late", "NUMERATOR")).totalItems]).toEqual([letter, expected.late[0]]);
      expect([letter, (await items(letter, "keyLedSolved", "NUMERATOR")).totalItems]).toEqual([letter, expected.bonus[0]]);
    }

    // D's late cases: five unreplied (304 days) and D6 (31 days), not D7 (exactly 30)
    const late = await items("D", "late", "NUMERATOR");
    expect(late.items.map((i) => [i.title, i.daysLate]).sort()).toEqual([
      ["考评件D1", 304], ["考评件D2", 304], ["考评件D3", 304], ["考评件D4", 304], ["考评件D5", 304], ["考评件D6", 31],
    ]);
    // B's solved denominator shows each reply's category; quality rows carry their ratings
    expect((await items("B", "solved", "DENOMINATOR")).items.map((i) => i.category)).toEqual(["A", "B", "A", "C"]);
    expect((await items("A", "quality", "NUMERATOR")).items.map((i) => i.qualityScores)).toEqual([[90], [80]]);
    const rework = await items("B", "rework", "NUMERATOR");
    expect(rework.items.map((i) => i.reworkCount)).toEqual([3, 4]);
    // A's bonus: the four key items it answered SOLE or LEAD, not the SPLIT one
    expect((await items("A", "keyLedSolved", "NUMERATOR")).items.map((i) => [i.title, i.role])).toEqual([
      ["考评件A1", "SOLE"], ["考评件A2", "LEAD"], ["考评件A3", "SOLE"], ["考评件A5", "SOLE"],
    ]);
    // a CO row shows its opinion's dates: B's opinion on A2 was due 03-01 and sent 03-10
    expect((await items("B", "coHandling", "DENOMINATOR")).items.map((i) => [i.title, i.role, i.replyDueOn, i.firstReplySentOn, i.daysLate])).toEqual([
      ["考评件A2", "CO", "2033-03-01", "2033-03-10", 9],
    ]);
    // the rating behind C's satisfaction is the first proposer's rating of C's own SPLIT reply
    expect((await items("C", "satisfaction", "DENOMINATOR")).items.map((i) => [i.title, i.rating])).toEqual([
      ["考评件A4", "BASICALLY_SATISFIED"], ["考评件C2", "SATISFIED"], ["考评件C3", "SATISFIED"],
    ]);
  });

  it("pages the drill-down and refuses what the scheme does not have", async () => {
    const office = await server().login("office");
    const page = await office.ok<AssessmentItemsResult>(ASSESSMENT_ITEMS, {
      year: YEAR, unitId: scenario.units.D, indicator: "onTime", part: "DENOMINATOR", options: { skip: 5, take: 10 },
    });
    expect([page.assessmentItems.totalItems, page.assessmentItems.items.map((i) => i.title)]).toEqual([7, ["考评件D6", "考评件D7"]]);
    expect(await office.errorCode(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.D, indicator: "nope", part: "NUMERATOR" })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.D, indicator: "late", part: "DENOMINATOR" })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ASSESSMENT_ITEMS, { year: 1999, unitId: scenario.units.D, indicator: "late", part: "NUMERATOR" })).toBe("BAD_USER_INPUT");
  });

  it("shows a unit user their own line only, with its rank among all units", async () => {
    const handler = await server().login("handler"); // 住建 = unit A
    const own = (await handler.ok<AssessmentResult>(ASSESSMENT, { year: YEAR })).assessment;
    expect(own.units.map((u) => [letterOf(u.unitId), u.rank, u.total])).toEqual([["A", 1, 101.5]]);
    // another unit's drill-down answers as a missing unit would; the own one works
    expect(await handler.errorCode(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.B, indicator: "onTime", part: "NUMERATOR" })).toBe("NOT_FOUND");
    const mine = await handler.ok<AssessmentItemsResult>(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.A, indicator: "onTime", part: "NUMERATOR" });
    expect(mine.assessmentItems.totalItems).toBe(5);
  });

  it.each([["member"], ["committee"]])("refuses %s", async (user) => {
    const client = await server().login(user);
    expect(await client.errorCode(ASSESSMENT, { year: YEAR })).toBe("FORBIDDEN");
    expect(await client.errorCode(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.A, indicator: "onTime", part: "NUMERATOR" })).toBe("FORBIDDEN");
  });

  it("needs a login", async () => {
    expect(await server().client().errorCode(ASSESSMENT, { year: YEAR })).toBe("UNAUTHENTICATED");
  });

  it("reads the whole table with a fixed number of statements, whatever the number of units", async () => {
    const leader = await server().login("leader");
    const statements = async (year: number): Promise<[number, number]> => {
      const res = await leader.request<AssessmentResult>(
        `query($year: Int!) { assessment(year: $year) { units { unit { name } total indicators { key items { assignmentId } } deductions { items { assignmentId } } } } }`,
        { year },
      );
      expect(res.errors).toBeUndefined();
      return [res.data!.assessment.units.length, Number(res.headers.get("x-sql-count"))];
    };
    const [many, manyCount] = await statements(YEAR);
    const [one, oneCount] = await statements(YEAR - 1);
    expect([many, one]).toEqual([7, 1]);
    expect(manyCount).toBe(oneCount);
    expect(manyCount).toBeLessThanOrEqual(15);
  });
}, { demo: true });
