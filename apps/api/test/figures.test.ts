// The figures of DOMAIN.md §4 on a hand-built session with every kind of outcome (figure-scenarios.ts),
// each expected number worked out by hand; the row rules per role; the drill-down lists agreeing with
// the counts. Today is 2025-06-30 (China).
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { FIGURES, ratio, type FiguresResult } from "./support/figure-queries";
import { mixedSession, type MixedSession } from "./support/figure-scenarios";

describeEachDatabase("figures", (server) => {
  let fx: FigureFixtures;
  let mixed: MixedSession;

  beforeAll(async () => {
    server().clock.set("2025-06-30T02:00:00Z");
    fx = await FigureFixtures.open(server().dataSource);
    mixed = await mixedSession(fx);
  });

  const figures = async (user: string, scope: Record<string, unknown>): Promise<FiguresResult["figures"]> => {
    const client = await server().login(user);
    return (await client.ok<FiguresResult>(FIGURES, { scope })).figures;
  };

  it("computes every figure of a mixed session by hand", async () => {
    const f = await figures("office", { sessionId: mixed.sessionId });
    expect(f.asOf).toBe("2025-06-30");
    // handled: I1–I5, I7–I10, I13, I14 (not the merged I6, submitted I11, withdrawn I12)
    expect([f.handled, f.replied, f.replyRate]).toEqual([11, 5, 5 / 11]);
    expect(f.reply).toEqual(ratio(5, 11));
    // ratings (first proposer, last round): I1 S, I3 D, I4 BS (worst of its two SPLIT replies), I14 D (round 1)
    expect([f.rated, f.satisfied, f.basicallySatisfied, f.dissatisfied, f.noFeedback]).toEqual([4, 1, 1, 2, 1]);
    expect(f.satisfaction).toEqual(ratio(2, 4));
    expect(f.satisfactionRate).toBe(0.5);
    // solved among replied: I1 A, I3 A, I5 A; I2 B, I4 SPLIT A + C → C
    expect(f.solved).toEqual(ratio(3, 5));
    expect(f.categories).toEqual([
      { category: "A", count: 3, share: 0.6 },
      { category: "B", count: 1, share: 0.2 },
      { category: "C", count: 1, share: 0.2 },
    ]);
    expect(f.byCategory[0]).toEqual({ category: "A", label: "已解决或基本解决", solved: true, count: 3, share: 0.6 });
    // on time: 7 first replies sent (I2 by its extension, I3 late, I14 late against its round-1 due date
    // although re-handling moved replyDueOn to 07-15) + I7 unreplied past due
    expect(f.onTime).toEqual(ratio(5, 8));
    expect(f.onTimeReplyRate).toBe(0.625);
    // communication before the first reply: I1, I4 ×2, I5 (not I2: none; not I3: only after; not I14)
    expect(f.communication).toEqual(ratio(4, 7));
    // CO: I3 on time; I13 past due without opinion; I9 not yet due
    expect(f.coOpinionOnTime).toEqual(ratio(1, 2));
    expect(f.returns).toEqual(ratio(1, 15));
    expect(f.rework).toEqual(ratio(1, 8));
    expect(f.extension).toEqual(ratio(1, 11));
    expect([f.returnRate, f.reworkRate, f.extensionRate]).toEqual([1 / 15, 1 / 8, 1 / 11]);
    // receipt days 1,1,1,2,2,2,2,3,4,10; reply days 78,80,84,85,98,100,129
    expect(f.daysToReceipt.count).toBe(10);
    expect(f.daysToReceipt.median).toBe(2);
    expect(f.daysToReceipt.p90).toBeCloseTo(4.6, 9);
    expect(f.daysToReply.count).toBe(7);
    expect(f.daysToReply.median).toBe(85);
    expect(f.daysToReply.p90).toBeCloseTo(111.6, 9);
    // due soon: I8 (07-05), I9 CO (07-01), I13 LEAD (07-01); overdue: I7, I13 CO
    expect([f.dueSoon, f.overdue]).toEqual([3, 2]);
    expect(f.statusFunnel).toEqual([
      { status: "SUBMITTED", count: 1 }, { status: "REGISTERED", count: 1 }, { status: "NOT_REGISTERED", count: 0 },
      { status: "MERGED", count: 1 }, { status: "WITHDRAWN", count: 1 }, { status: "HANDLING", count: 5 },
      { status: "REPLIED", count: 2 }, { status: "CLOSED", count: 3 },
    ]);
    const reply = f.definitions.find((d) => d.key === "REPLY_RATE");
    expect(reply).toMatchObject({ label: "办复率", measure: "RATE", denominator: "需办理件数" });
  });

  it("breaks the figures down by unit and by subject area", async () => {
    const f = await figures("office", { sessionId: mixed.sessionId });
    const u = (shortName: string, assignments: number, replying: number, replied: number, rest: Record<string, unknown>) => ({
      shortName, assignments, replying, replied, ...rest,
    });
    expect(f.byUnit.map((x) => ({ shortName: x.unit.shortName, assignments: x.assignments, replying: x.replying, replied: x.replied,
      onTime: x.onTime, satisfaction: x.satisfaction, communication: x.communication, coOpinionOnTime: x.coOpinionOnTime,
      returned: x.returned, dueSoon: x.dueSoon, overdue: x.overdue }))).toEqual([
      u("发改", 4, 4, 3, { onTime: ratio(2, 3), satisfaction: ratio(1, 2), communication: ratio(1, 3), coOpinionOnTime: ratio(0, 0), returned: 0, dueSoon: 0, overdue: 0 }),
      u("教", 3, 1, 0, { onTime: ratio(0, 0), satisfaction: ratio(0, 0), communication: ratio(0, 0), coOpinionOnTime: ratio(1, 1), returned: 1, dueSoon: 1, overdue: 0 }),
      u("住建", 5, 4, 3, { onTime: ratio(2, 3), satisfaction: ratio(1, 2), communication: ratio(2, 3), coOpinionOnTime: ratio(0, 0), returned: 0, dueSoon: 2, overdue: 0 }),
      u("交", 3, 2, 1, { onTime: ratio(1, 2), satisfaction: ratio(1, 1), communication: ratio(1, 1), coOpinionOnTime: ratio(0, 1), returned: 0, dueSoon: 0, overdue: 2 }),
    ]);
    expect(f.bySubjectArea).toEqual([
      { subjectArea: "ECONOMY", label: "经济发展", handled: 3, reply: ratio(1, 3), satisfaction: ratio(0, 0), solved: ratio(0, 1) },
      { subjectArea: "EDUCATION", label: "教育", handled: 2, reply: ratio(1, 2), satisfaction: ratio(1, 1), solved: ratio(0, 1) },
      { subjectArea: "OTHER", label: "其他", handled: 1, reply: ratio(0, 1), satisfaction: ratio(0, 0), solved: ratio(0, 0) },
      { subjectArea: "URBAN_RURAL", label: "城乡建设与规划", handled: 3, reply: ratio(3, 3), satisfaction: ratio(1, 2), solved: ratio(3, 3) },
      { subjectArea: null, label: null, handled: 2, reply: ratio(0, 2), satisfaction: ratio(0, 1), solved: ratio(0, 0) },
    ]);
  });

  it("slices by unit with the unit's own replies, equal to its byUnit row", async () => {
    const f = await figures("office", { sessionId: mixed.sessionId, unitId: mixed.units.housing });
    // items 住建 answers: I1, I3, I5 (after the return), I8 — not I9 where it is CO
    expect([f.handled, f.replied, f.noFeedback]).toEqual([4, 3, 1]);
    expect([f.satisfaction, f.solved, f.onTime, f.returns]).toEqual([ratio(1, 2), ratio(3, 3), ratio(2, 3), ratio(0, 5)]);
    expect([f.dueSoon, f.overdue]).toEqual([2, 0]);
    expect(f.byUnit.map((x) => x.unit.shortName)).toEqual(["住建"]);
  });

  it.each<[string, (session: string, cppcc: string) => Record<string, unknown>, number, number]>([
    ["keyOnly", (sessionId) => ({ sessionId, keyOnly: true }), 1, 1],
    ["subject area", (sessionId) => ({ sessionId, subjectArea: "URBAN_RURAL" }), 3, 3],
    ["outcome category", (sessionId) => ({ sessionId, category: "A" }), 3, 3],
    ["kind", (sessionId) => ({ sessionId, kind: "SUGGESTION" }), 0, 0],
    ["year and body", (_sessionId, bodyId) => ({ year: 2031, bodyId }), 11, 5],
  ])("slices by %s", async (_name, scope, handled, replied) => {
    const f = await figures("leader", scope(mixed.sessionId, fx.cppccBodyId));
    expect([f.handled, f.replied]).toEqual([handled, replied]);
  });

  it("counts merged items too on the BEFORE_MERGE basis", async () => {
    const setBasis = (basis: string) =>
      server().dataSource.query(`UPDATE rule_set SET rules = jsonb_set(rules, '{handledBasis}', to_jsonb($1::text)) WHERE kind = 'PROPOSAL'`, [basis]);
    await setBasis("BEFORE_MERGE");
    try {
      const f = await figures("office", { sessionId: mixed.sessionId });
      // I6 is handled, replied and solved through I1, and rated SATISFIED by its own first proposer
      expect([f.handled, f.replied, f.rated, f.satisfied]).toEqual([12, 6, 5, 2]);
      expect([f.reply, f.satisfaction, f.solved]).toEqual([ratio(6, 12), ratio(3, 5), ratio(4, 6)]);
      expect(f.returns).toEqual(ratio(1, 15));
    } finally {
      await setBasis("AFTER_MERGE");
    }
  });
}, { demo: true });
