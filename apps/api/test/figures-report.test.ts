// The seed report's figures (../shared/seed/report-2024-proposal-handling.zh.txt): 42 items, all
// replied, all rated satisfied or basically satisfied, all solved (A). And the bounded SQL: the figures
// cost the same number of statements for 3 items as for 60.
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { FIGURE_ITEMS, FIGURES, ratio, type FigureItemsResult, type FiguresResult } from "./support/figure-queries";
import { reportSession } from "./support/figure-scenarios";

describeEachDatabase("figures: the seed report", (server) => {
  let fx: FigureFixtures;

  beforeAll(async () => {
    server().clock.set("2025-03-01T02:00:00Z");
    fx = await FigureFixtures.open(server().dataSource);
  });

  it("reproduces the report: 42 handled, reply rate, satisfaction and solved 100%", async () => {
    const sessionId = await reportSession(fx, 41, 42);
    const office = await server().login("office");
    const f = (await office.ok<FiguresResult>(FIGURES, { scope: { sessionId } })).figures;
    expect([f.handled, f.replied, f.replyRate, f.satisfactionRate, f.solvedRate]).toEqual([42, 42, 1, 1, 1]);
    // n % 4 === 0 rated basically satisfied: 10 of 42
    expect([f.rated, f.satisfied, f.basicallySatisfied, f.dissatisfied, f.noFeedback]).toEqual([42, 32, 10, 0, 0]);
    expect(f.categories).toEqual([{ category: "A", count: 42, share: 1 }]);
    // 14 SOLE + 14 LEAD + 14 SPLIT × 2 replying assignments, all on time with communication; 14 CO opinions on time
    expect([f.onTime, f.communication, f.coOpinionOnTime]).toEqual([ratio(56, 56), ratio(56, 56), ratio(14, 14)]);
    expect([f.onTimeReplyRate, f.communicationRate]).toEqual([1, 1]);
    expect(f.daysToReply).toEqual({ count: 56, median: 74, p90: 74 });
    const replied = await office.ok<FigureItemsResult>(FIGURE_ITEMS, { scope: { sessionId }, figure: "REPLY_RATE", part: "NUMERATOR", options: { take: 5 } });
    expect(replied.figureItems.totalItems).toBe(42);
    expect(replied.figureItems.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("answers in the same number of SQL statements for 3 items as for 60", async () => {
    const small = await reportSession(fx, 42, 3);
    const large = await reportSession(fx, 43, 60);
    const office = await server().login("office");
    const cost = async (query: string, variables: Record<string, unknown>) => {
      const result = await office.request(query, variables);
      expect(result.errors).toBeUndefined();
      return Number(result.headers.get("x-sql-count"));
    };
    for (const [query, extra] of [[FIGURES, {}], [FIGURE_ITEMS, { figure: "ON_TIME_REPLY_RATE", part: "DENOMINATOR", options: { take: 100 } }]] as const) {
      const few = await cost(query, { scope: { sessionId: small }, ...extra });
      const many = await cost(query, { scope: { sessionId: large }, ...extra });
      expect(few).toBeGreaterThan(0);
      expect(few).toBeLessThanOrEqual(6);
      expect(many).toBe(few);
    }
    const f = (await office.ok<FiguresResult>(FIGURES, { scope: { sessionId: large } })).figures;
    expect([f.handled, f.replyRate]).toEqual([60, 1]);
  });
}, { demo: true });
