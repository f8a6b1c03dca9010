// Who may compute figures over what (DOMAIN.md §5): readers any slice; committee staff their own body;
// unit users their own unit. A scope naming someone else's body or unit is overridden, not refused:
// the answer is the caller's own figures and `appliedScope` says so. Every denial is tested with the
// error code and that no figures came back (queries change nothing).
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { FIGURE_ITEMS, FIGURES, ratio, type FigureItemsResult, type FiguresResult } from "./support/figure-queries";
import { mixedSession, type MixedSession } from "./support/figure-scenarios";

describeEachDatabase("figures: row rules", (server) => {
  let fx: FigureFixtures;
  let mixed: MixedSession;

  beforeAll(async () => {
    server().clock.set("2025-06-30T02:00:00Z");
    fx = await FigureFixtures.open(server().dataSource);
    mixed = await mixedSession(fx);
  });

  const figuresAs = async (user: string, scope: Record<string, unknown>): Promise<FiguresResult["figures"]> =>
    (await (await server().login(user)).ok<FiguresResult>(FIGURES, { scope })).figures;

  it.each(["admin", "office", "leader"])("lets %s read any slice", async (user) => {
    const f = await figuresAs(user, { sessionId: mixed.sessionId });
    expect([f.handled, f.replied, f.byUnit.length]).toEqual([11, 5, 4]);
    expect(f.appliedScope).toEqual({ sessionId: mixed.sessionId, bodyId: null, unitId: null, keyOnly: false });
  });

  it("lets an API client read any slice", async () => {
    const admin = await server().login("admin");
    const created = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "统计平台") { secret } }`);
    const app = server().client();
    app.bearer = created.createApiToken.secret;
    const f = (await app.ok<FiguresResult>(FIGURES, { scope: { sessionId: mixed.sessionId } })).figures;
    expect([f.handled, f.replied]).toEqual([11, 5]);
  });

  it.each(["handler", "unitleader"])("gives %s (住建) their own unit's figures whatever unit they ask for", async (user) => {
    const f = await figuresAs(user, { sessionId: mixed.sessionId, unitId: mixed.units.development });
    expect(f.appliedScope.unitId).toBe(mixed.units.housing);
    expect([f.handled, f.replied, f.satisfaction, f.onTime]).toEqual([4, 3, ratio(1, 2), ratio(2, 3)]);
    expect(f.byUnit.map((u) => u.unit.shortName)).toEqual(["住建"]);
    // without a unit in the scope, the same
    const own = await figuresAs(user, { sessionId: mixed.sessionId });
    expect(own).toEqual(f);
  });

  it("lists only the unit's own rows behind a figure for unit users", async () => {
    const handler = await server().login("handler");
    const result = await handler.ok<FigureItemsResult>(FIGURE_ITEMS, {
      scope: { sessionId: mixed.sessionId, unitId: mixed.units.education },
      figure: "RETURN_RATE",
      part: "DENOMINATOR",
    });
    expect(result.figureItems.totalItems).toBe(5);
    expect(new Set(result.figureItems.items.map((i) => i.unit?.shortName))).toEqual(new Set(["住建"]));
  });

  it("gives committee staff their own body's figures whatever body they ask for", async () => {
    const f = await figuresAs("committee", { sessionId: mixed.sessionId, bodyId: fx.npcBodyId });
    expect(f.appliedScope.bodyId).toBe(fx.cppccBodyId);
    expect([f.handled, f.replied]).toEqual([11, 5]);
  });

  it("shows another body's committee nothing of this session", async () => {
    const f = await figuresAs("npc.committee", { sessionId: mixed.sessionId });
    expect(f.appliedScope.bodyId).toBe(fx.npcBodyId);
    expect([f.handled, f.replied, f.rated, f.onTime, f.byUnit, f.categories]).toEqual([0, 0, 0, ratio(0, 0), [], []]);
    const items = await (await server().login("npc.committee")).ok<FigureItemsResult>(FIGURE_ITEMS, {
      scope: { sessionId: mixed.sessionId }, figure: "HANDLED", part: "NUMERATOR",
    });
    expect(items.figureItems).toEqual({ totalItems: 0, items: [] });
  });

  it.each(["member", "deputy"])("refuses %s (FORBIDDEN, no figures)", async (user) => {
    const client = await server().login(user);
    const figures = await client.request(FIGURES, { scope: { sessionId: mixed.sessionId } });
    expect(figures.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(figures.data).toBeNull();
    const items = await client.request(FIGURE_ITEMS, { scope: { sessionId: mixed.sessionId }, figure: "HANDLED", part: "NUMERATOR" });
    expect(items.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(items.data).toBeNull();
  });

  it("refuses anonymous callers (UNAUTHENTICATED, no figures)", async () => {
    const anonymous = server().client();
    const figures = await anonymous.request(FIGURES, { scope: {} });
    expect(figures.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(figures.data).toBeNull();
    const items = await anonymous.request(FIGURE_ITEMS, { scope: {}, figure: "HANDLED", part: "NUMERATOR" });
    expect(items.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(items.data).toBeNull();
  });

  it("rejects a malformed scope (BAD_USER_INPUT)", async () => {
    const office = await server().login("office");
    const bad = await office.request(FIGURES, { scope: { sessionId: "not-a-uuid" } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.data).toBeNull();
  });
}, { demo: true });
