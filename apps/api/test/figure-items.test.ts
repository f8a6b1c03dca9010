// The drill-down (DOMAIN.md §4: every figure can be drilled into): the rows behind a figure's numerator
// and denominator come from the same definitions as the counts, so their totals agree, on the mixed
// session of figure-scenarios.ts (today 2025-06-30).
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import type { GraphQLClient } from "./support/graphql-client";
import { FIGURE_ITEMS, FIGURES, type FigureItemsResult, type FiguresResult, type Ratio } from "./support/figure-queries";
import { mixedSession, type MixedSession } from "./support/figure-scenarios";

type Figures = FiguresResult["figures"];

/** Each rate figure with the ratio field of `Figures` it must agree with. */
const RATES: Array<[string, (f: Figures) => Ratio]> = [
  ["REPLY_RATE", (f) => f.reply],
  ["SATISFACTION_RATE", (f) => f.satisfaction],
  ["SOLVED_RATE", (f) => f.solved],
  ["ON_TIME_REPLY_RATE", (f) => f.onTime],
  ["COMMUNICATION_RATE", (f) => f.communication],
  ["CO_OPINION_ON_TIME_RATE", (f) => f.coOpinionOnTime],
  ["RETURN_RATE", (f) => f.returns],
  ["REWORK_RATE", (f) => f.rework],
  ["EXTENSION_RATE", (f) => f.extension],
];
/** Counts and durations: the numerator only. */
const COUNTS: Array<[string, (f: Figures) => number]> = [
  ["HANDLED", (f) => f.handled],
  ["NO_FEEDBACK", (f) => f.noFeedback],
  ["DUE_SOON", (f) => f.dueSoon],
  ["OVERDUE", (f) => f.overdue],
  ["DAYS_TO_RECEIPT", (f) => f.daysToReceipt.count],
  ["DAYS_TO_REPLY", (f) => f.daysToReply.count],
  ["CATEGORY_BREAKDOWN", (f) => f.categories.reduce((sum, c) => sum + c.count, 0)],
];

describeEachDatabase("figure drill-down", (server) => {
  let mixed: MixedSession;
  let office: GraphQLClient;

  beforeAll(async () => {
    server().clock.set("2025-06-30T02:00:00Z");
    mixed = await mixedSession(await FigureFixtures.open(server().dataSource));
    office = await server().login("office");
  });

  const list = async (figure: string, part: string, scope: Record<string, unknown> = {}, options?: Record<string, unknown>) => {
    return (await office.ok<FigureItemsResult>(FIGURE_ITEMS, { scope: { sessionId: mixed.sessionId, ...scope }, figure, part, options: options ?? { take: 100 } })).figureItems;
  };

  it.each([{}, { unitId: "housing" }, { keyOnly: true }])("agrees with every figure's numerator and denominator (scope %p)", async (extra) => {
    const scope = { ...extra, ...("unitId" in extra ? { unitId: mixed.units.housing } : {}) };
    const f = (await office.ok<FiguresResult>(FIGURES, { scope: { sessionId: mixed.sessionId, ...scope } })).figures;
    for (const [figure, pick] of RATES) {
      const [numerator, denominator] = [await list(figure, "NUMERATOR", scope), await list(figure, "DENOMINATOR", scope)];
      expect([figure, numerator.totalItems, denominator.totalItems]).toEqual([figure, pick(f).numerator, pick(f).denominator]);
    }
    for (const [figure, pick] of COUNTS) expect([figure, (await list(figure, "NUMERATOR", scope)).totalItems]).toEqual([figure, pick(f)]);
  });

  it("lists the items behind the reply rate, in number order, paged", async () => {
    const replied = await list("REPLY_RATE", "NUMERATOR");
    expect(replied.items.map((i) => [i.number, i.status, i.assignmentId])).toEqual([
      [1, "CLOSED", null], [2, "REPLIED", null], [3, "REPLIED", null], [4, "CLOSED", null], [5, "CLOSED", null],
    ]);
    expect(replied.items[0]).toMatchObject({ id: mixed.items.I1, title: "混合件1", kind: "PROPOSAL" });
    const page = await list("REPLY_RATE", "NUMERATOR", {}, { skip: 1, take: 2 });
    expect([page.totalItems, page.items.map((i) => i.number)]).toEqual([5, [2, 3]]);
    const handled = await list("REPLY_RATE", "DENOMINATOR");
    expect(handled.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 14]);
  });

  it("lists one row per assignment for figures counted per assignment", async () => {
    const onTime = await list("ON_TIME_REPLY_RATE", "NUMERATOR");
    expect(onTime.items.map((i) => [i.number, i.unit?.shortName, i.role])).toEqual([
      [1, "住建", "SOLE"], [2, "发改", "SOLE"], [4, "发改", "SPLIT"], [4, "交", "SPLIT"], [5, "住建", "SOLE"],
    ]);
    const returned = await list("RETURN_RATE", "NUMERATOR");
    expect(returned.items.map((i) => [i.id, i.unit?.shortName, i.status])).toEqual([[mixed.items.I5, "教", "CLOSED"]]);
    const dueSoon = await list("DUE_SOON", "NUMERATOR");
    expect(dueSoon.items.map((i) => [i.number, i.unit?.shortName, i.role])).toEqual([[8, "住建", "SOLE"], [9, "住建", "CO"], [13, "教", "LEAD"]]);
    const overdue = await list("OVERDUE", "NUMERATOR");
    expect(overdue.items.map((i) => [i.number, i.unit?.shortName, i.role])).toEqual([[7, "交", "SOLE"], [13, "交", "CO"]]);
  });

  it("lists the unrated closed items and the rated ones", async () => {
    expect((await list("NO_FEEDBACK", "NUMERATOR")).items.map((i) => i.id)).toEqual([mixed.items.I5]);
    expect((await list("SATISFACTION_RATE", "DENOMINATOR")).items.map((i) => i.number)).toEqual([1, 3, 4, 14]);
  });

  it("refuses the denominator of a figure that has none (BAD_USER_INPUT)", async () => {
    const result = await office.request(FIGURE_ITEMS, { scope: { sessionId: mixed.sessionId }, figure: "HANDLED", part: "DENOMINATOR" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.data).toBeNull();
    const tooMany = await office.request(FIGURE_ITEMS, { scope: {}, figure: "HANDLED", part: "NUMERATOR", options: { take: 101 } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.data).toBeNull();
  });
}, { demo: true });
