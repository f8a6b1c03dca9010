// The office's work on a year's assessment, in the order it happens: manual adjustments, scheme
// edits, publishing; then the frozen snapshot (unchanged by later data, liveDiffers flips) and every
// change refused with ASSESSMENT_PUBLISHED. Every denial asserts its code and that nothing changed.
// Steps share one database and run in order (publishing cannot be undone).
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { buildAssessmentScenario, TODAY_ISO, YEAR, type AssessmentScenario } from "./support/assessment-scenario";
import {
  ADJUST, ASSESSMENT, ASSESSMENT_ITEMS, LIVE_DIFFERS, PUBLISH, SCHEME, UPDATE_SCHEME, defaultSchemeInput,
  type AssessmentItemsResult, type AssessmentResult, type UnitScoreResult,
} from "./support/assessment-queries";

describeEachDatabase("assessment adjust, scheme, publish", (server) => {
  let scenario: AssessmentScenario;
  let fx: FigureFixtures;

  /** Every row an assessment change may write, to prove a refusal wrote nothing. */
  const footprint = async (): Promise<Record<string, number>> => {
    const [row] = (await server().dataSource.query(`SELECT
      (SELECT count(*) FROM assessment_adjustment) AS adjustments, (SELECT count(*) FROM assessment_scheme) AS schemes,
      (SELECT count(*) FROM published_assessment) AS published, (SELECT count(*) FROM published_unit_score) AS unit_scores,
      (SELECT count(*) FROM event WHERE entity_type IN ('Assessment', 'AssessmentAdjustment', 'AssessmentScheme')) AS events`)) as Array<Record<string, number>>;
    return row!;
  };
  const assessment = async (user = "office"): Promise<AssessmentResult["assessment"]> =>
    (await (await server().login(user)).ok<AssessmentResult>(ASSESSMENT, { year: YEAR })).assessment;
  const unitScore = (a: AssessmentResult["assessment"], unitId: string): UnitScoreResult => a.units.find((u) => u.unitId === unitId)!;

  beforeAll(async () => {
    server().clock.set(TODAY_ISO);
    fx = await FigureFixtures.open(server().dataSource);
    scenario = await buildAssessmentScenario(fx, server().dataSource);
  });

  it("refuses office mutations to every other role, changing nothing", async () => {
    const before = await footprint();
    const args = { year: YEAR, unitId: scenario.units.B, points: 2, reason: "理由" };
    for (const user of ["member", "handler", "unitleader", "committee", "leader", "admin"]) {
      const client = await server().login(user);
      expect([user, await client.errorCode(ADJUST, args)]).toEqual([user, "FORBIDDEN"]);
      expect([user, await client.errorCode(PUBLISH, { year: YEAR })]).toEqual([user, "FORBIDDEN"]);
    }
    for (const user of ["member", "handler", "unitleader", "committee", "leader"]) {
      const client = await server().login(user);
      expect([user, await client.errorCode(UPDATE_SCHEME, { year: YEAR, input: defaultSchemeInput() })]).toEqual([user, "FORBIDDEN"]);
    }
    expect(await server().client().errorCode(PUBLISH, { year: YEAR })).toBe("UNAUTHENTICATED");
    expect(await footprint()).toEqual(before);
  });

  it("adds a manual adjustment with its reason to the unit's score, recorded as an event", async () => {
    const office = await server().login("office");
    const before = await footprint();
    const { adjustScore } = await office.ok<{ adjustScore: UnitScoreResult }>(ADJUST, { year: YEAR, unitId: scenario.units.B, points: 2.5, reason: "  承担区领导交办的专项调研  " });
    // 69.55 + 2.5
    expect([adjustScore.total, adjustScore.rank, adjustScore.grade]).toEqual([72.05, 5, "合格"]);
    expect(adjustScore.adjustments.map((a) => [a.points, a.reason])).toEqual([[2.5, "承担区领导交办的专项调研"]]);
    expect(unitScore(await assessment(), scenario.units.B).total).toBe(72.05);
    expect(await footprint()).toEqual({ ...before, adjustments: before.adjustments! + 1, events: before.events! + 1 });
    const [event] = (await server().dataSource.query(`SELECT action, after FROM event WHERE entity_type = 'AssessmentAdjustment'`)) as Array<{ action: string; after: Record<string, unknown> }>;
    expect(event).toEqual({ action: "assessment.adjust", after: { year: YEAR, unitId: scenario.units.B, points: 2.5, reason: "承担区领导交办的专项调研" } });
  });

  it("refuses an adjustment without a reason, out of range, or for a unit that does not exist", async () => {
    const office = await server().login("office");
    const before = await footprint();
    const base = { year: YEAR, unitId: scenario.units.B, points: 1, reason: "理由" };
    expect(await office.errorCode(ADJUST, { ...base, reason: "   " })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ADJUST, { ...base, points: 0 })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ADJUST, { ...base, points: 25 })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ADJUST, { ...base, year: 1999 })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(ADJUST, { ...base, unitId: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
    expect(await footprint()).toEqual(before);
  });

  it("validates a scheme edit as a whole and stores nothing when it is wrong", async () => {
    const admin = await server().login("admin");
    const before = await footprint();
    const input = defaultSchemeInput() as { indicators: Array<Record<string, unknown>>; gradeBands: Array<Record<string, unknown>> };
    const broken = { ...input, indicators: input.indicators.map((i) => (i.key === "onTime" ? { ...i, weight: 20 } : i)), gradeBands: [...input.gradeBands].reverse() };
    const res = await admin.request(UPDATE_SCHEME, { year: YEAR, input: broken });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining(["indicator weights add up to 95, not 100"]));
    expect(await footprint()).toEqual(before);
  });

  it("scores by an edited scheme (admin or office), then back to the default weights", async () => {
    const admin = await server().login("admin");
    const input = defaultSchemeInput() as { indicators: Array<Record<string, unknown>> };
    const weights: Record<string, number> = { onTime: 30, satisfaction: 20 };
    const edited = { ...input, indicators: input.indicators.map((i) => ({ ...i, weight: weights[i.key as string] ?? i.weight })), minSample: 2 };
    const { updateAssessmentScheme } = await admin.ok<{ updateAssessmentScheme: { stored: boolean; editable: boolean; minSample: number } }>(UPDATE_SCHEME, { year: YEAR, input: edited });
    expect(updateAssessmentScheme).toMatchObject({ stored: true, editable: true, minSample: 2 });
    const now = await assessment();
    // C: 2/3×30 = 20 + 20 + 13.5 + 15 + 7 + 10 = 85.5; G (two assignments) is ranked with minSample 2
    expect(unitScore(now, scenario.units.C).total).toBe(85.5);
    expect(unitScore(now, scenario.units.G)).toMatchObject({ ranked: true, grade: "良好" });

    const office = await server().login("office");
    await office.ok(UPDATE_SCHEME, { year: YEAR, input: defaultSchemeInput() });
    const scheme = (await office.ok<{ assessmentScheme: { stored: boolean; minSample: number; indicators: Array<{ key: string; weight: number }> } }>(SCHEME, { year: YEAR })).assessmentScheme;
    expect([scheme.stored, scheme.minSample, scheme.indicators.map((i) => i.weight)]).toEqual([true, 3, [25, 25, 15, 15, 10, 10]]);
    expect(unitScore(await assessment(), scenario.units.C).total).toBe(87.17);
    const events = (await server().dataSource.query(`SELECT action FROM event WHERE entity_type = 'AssessmentScheme'`)) as Array<{ action: string }>;
    expect(events.map((e) => e.action)).toEqual(["assessmentScheme.update", "assessmentScheme.update"]);
  });

  it("publishes a frozen snapshot of the result and the scheme, serialised with a concurrent adjustment", async () => {
    server().clock.set("2034-03-01T06:00:00Z");
    const [office, otherOffice] = [await server().login("office"), await server().login("office")];
    // Either the adjustment commits first and is in the snapshot, or it is refused: never both missing
    // from the snapshot and counted afterwards.
    const [published, adjusted] = await Promise.all([
      office.request<{ publishAssessment: { year: number; published: boolean; publishedAt: string; units: unknown[] } }>(PUBLISH, { year: YEAR }),
      otherOffice.request(ADJUST, { year: YEAR, unitId: scenario.units.B, points: 1, reason: "并发调整" }),
    ]);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAssessment).toEqual({ published: true, publishedAt: "2034-03-01T06:00:00.000Z", year: YEAR, units: expect.any(Array) });
    const adjustedFirst = !adjusted.errors;
    if (!adjustedFirst) expect(adjusted.errors![0]!.extensions?.code).toBe("ASSESSMENT_PUBLISHED");
    const [row] = (await server().dataSource.query(`SELECT count(*) AS n FROM assessment_adjustment WHERE reason = '并发调整'`)) as Array<{ n: number }>;
    expect(row!.n).toBe(adjustedFirst ? 1 : 0);

    const snapshot = await assessment();
    expect(snapshot.published).toBe(true);
    expect(unitScore(snapshot, scenario.units.B).total).toBe(adjustedFirst ? 73.05 : 72.05);
    expect(((await office.ok<{ assessment: { liveDiffers: boolean } }>(LIVE_DIFFERS, { year: YEAR })).assessment.liveDiffers)).toBe(false);
    const rows = (await server().dataSource.query(`SELECT unit_id, total, rank, grade FROM published_unit_score WHERE year = $1 ORDER BY rank NULLS LAST, unit_id`, [YEAR])) as Array<{ unit_id: string; total: number; rank: number | null; grade: string | null }>;
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ unit_id: scenario.units.A, total: 101.5, rank: 1, grade: "优秀" });
    const events = (await server().dataSource.query(`SELECT action, entity_id FROM event WHERE entity_type = 'Assessment'`)) as Array<{ action: string; entity_id: string }>;
    expect(events).toEqual([{ action: "assessment.publish", entity_id: String(YEAR) }]);
  });

  it("keeps the published numbers and drill-down when the data changes, and says the live result differs", async () => {
    const office = await server().login("office");
    const before = await assessment();
    // D answers D1 late and its key item closes; A's other-year item is irrelevant anyway.
    await fx.reply({ assignmentId: scenario.assignments.D1!, category: "A", sentOn: "2034-02-01" });
    await server().dataSource.query(`UPDATE proposal SET status = 'REPLIED' WHERE id = $1`, [scenario.items.D1]);

    const after = await assessment();
    expect(after.units).toEqual(before.units);
    const late = await office.ok<AssessmentItemsResult>(ASSESSMENT_ITEMS, { year: YEAR, unitId: scenario.units.D, indicator: "onTime", part: "DENOMINATOR" });
    expect(late.assessmentItems.items.find((i) => i.title === "考评件D1")).toMatchObject({ firstReplySentOn: null, status: "HANDLING" });
    expect(((await office.ok<{ assessment: { liveDiffers: boolean } }>(LIVE_DIFFERS, { year: YEAR })).assessment.liveDiffers)).toBe(true);
  });

  it("refuses every change of a published year with ASSESSMENT_PUBLISHED, changing nothing", async () => {
    const office = await server().login("office");
    const before = await footprint();
    expect(await office.errorCode(ADJUST, { year: YEAR, unitId: scenario.units.B, points: 1, reason: "发布后调整" })).toBe("ASSESSMENT_PUBLISHED");
    expect(await office.errorCode(PUBLISH, { year: YEAR })).toBe("ASSESSMENT_PUBLISHED");
    expect(await office.errorCode(UPDATE_SCHEME, { year: YEAR, input: defaultSchemeInput() })).toBe("ASSESSMENT_PUBLISHED");
    expect(await (await server().login("admin")).errorCode(UPDATE_SCHEME, { year: YEAR, input: defaultSchemeInput() })).toBe("ASSESSMENT_PUBLISHED");
    expect(await footprint()).toEqual(before);
    const scheme = (await office.ok<{ assessmentScheme: { editable: boolean } }>(SCHEME, { year: YEAR })).assessmentScheme;
    expect(scheme.editable).toBe(false);
  });

  it("refuses to publish a year without sessions", async () => {
    const office = await server().login("office");
    const before = await footprint();
    expect(await office.errorCode(PUBLISH, { year: 2099 })).toBe("BAD_USER_INPUT");
    expect(await footprint()).toEqual(before);
  });
}, { demo: true });
