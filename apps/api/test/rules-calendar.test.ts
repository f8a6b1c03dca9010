// Rules as data and the holiday calendar: everyone reads them, only admins edit them, every edit is
// validated, compare-and-set and recorded, and working-day arithmetic follows the calendar in force.
import { describeEachDatabase } from "./support/each-database";
import { addAssignment, addItem, addReply, loginAs, seedTaskWorld, taskWorld } from "./support/task-fixtures";

const RULE_SETS = `{ ruleSets { kind version updatedAt replyDueMonths extensionMaxMonths dueSoonDays bodyMaxLength officeReviewRequired handledBasis
  communicationRequiredBeforeReply categories { code zh en solved followUp } subjectAreas { code zh en } } }`;
const UPDATE = `mutation($kind: ProposalKind!, $input: RuleSetInput!) { updateRuleSet(kind: $kind, input: $input) { kind version replyDueMonths dueSoonDays categories { code zh } } }`;
const ADD_WORKING_DAYS = `query($from: Date!, $days: Int!) { addWorkingDays(from: $from, days: $days) }`;
const SET_HOLIDAY = `mutation($date: Date!, $kind: CalendarDayKind, $name: String) { setHoliday(date: $date, kind: $kind, name: $name) { date kind name year } }`;

interface RuleSetView {
  kind: string;
  version: number;
  replyDueMonths: number;
  dueSoonDays: number;
  categories: Array<{ code: string; zh: string }>;
}

describeEachDatabase("rule sets", (server) => {
  beforeAll(async () => {
    await seedTaskWorld(server());
  });
  const ruleSet = async (kind: string): Promise<RuleSetView & Record<string, unknown>> => {
    const client = await loginAs(server(), "member");
    const data = await client.ok<{ ruleSets: Array<RuleSetView & Record<string, unknown>> }>(RULE_SETS);
    return data.ruleSets.find((r) => r.kind === kind)!;
  };
  const ruleEvents = async (): Promise<number> => (await server().dataSource.query(`SELECT count(*)::int AS n FROM event WHERE entity_type = 'RuleSet'`))[0].n;
  const storedVersion = async (kind: string): Promise<number> => (await server().dataSource.query(`SELECT version FROM rule_set WHERE kind = $1`, [kind]))[0].version;

  it("lets every role and API token read the typed rule sets of every kind", async () => {
    const member = await loginAs(server(), "member");
    const data = await member.ok<{ ruleSets: Array<Record<string, unknown>> }>(RULE_SETS);
    expect(data.ruleSets.map((r) => r.kind)).toEqual(["PROPOSAL", "SUGGESTION", "MICRO_SUGGESTION"]);
    expect(data.ruleSets[0]).toMatchObject({
      version: 1,
      updatedAt: null,
      replyDueMonths: 3,
      bodyMaxLength: 5000,
      officeReviewRequired: "KEY_ONLY",
      handledBasis: "AFTER_MERGE",
      communicationRequiredBeforeReply: true,
    });
    expect((data.ruleSets[0]!.categories as Array<{ code: string }>).map((c) => c.code)).toEqual(["A", "B", "C", "D"]);
    expect(data.ruleSets[0]!.categories).toContainEqual({ code: "A", zh: "已解决或基本解决", en: "Solved or basically solved", solved: true, followUp: false });
    expect(data.ruleSets[0]!.subjectAreas).toContainEqual({ code: "ECONOMY", zh: "经济发展", en: "Economic development" });

    const admin = await server().login("admin");
    const { createApiToken } = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "规则读取") { secret } }`);
    const app = server().client();
    app.bearer = createApiToken.secret;
    expect((await app.ok<{ ruleSets: unknown[] }>(`{ ruleSets { kind } }`)).ruleSets).toHaveLength(3);
    expect(await app.errorCode(UPDATE, { kind: "PROPOSAL", input: { version: 1, dueSoonDays: 5 } })).toBe("FORBIDDEN");
    expect(await server().client().errorCode(`{ ruleSets { kind } }`)).toBe("UNAUTHENTICATED");
  });

  it("lets an admin edit numbers and lists, bumps the version and records the change", async () => {
    const admin = await server().login("admin");
    const before = await ruleSet("SUGGESTION");
    const categories = [
      { code: "A", zh: "已解决", en: "Solved", solved: true, followUp: false },
      { code: "B", zh: "正在解决", en: "Being solved", solved: false, followUp: true },
      { code: "C", zh: "暂不能解决", en: "Cannot yet", solved: false, followUp: true },
      { code: "D", zh: "留作参考", en: "For reference", solved: false, followUp: false },
      { code: "E", zh: "其他", en: "Other", solved: false, followUp: false },
    ];
    const updated = await admin.ok<{ updateRuleSet: RuleSetView }>(UPDATE, {
      kind: "SUGGESTION",
      input: { version: before.version, replyDueMonths: 2, dueSoonDays: 7, categories, officeReviewRequired: "ALL" },
    });
    expect(updated.updateRuleSet).toMatchObject({ kind: "SUGGESTION", version: before.version + 1, replyDueMonths: 2, dueSoonDays: 7 });
    expect(updated.updateRuleSet.categories.map((c) => c.code)).toEqual(["A", "B", "C", "D", "E"]);

    const after = await ruleSet("SUGGESTION");
    expect(after).toMatchObject({ version: before.version + 1, replyDueMonths: 2, officeReviewRequired: "ALL", updatedAt: expect.any(String) });
    // Other kinds are untouched.
    expect(await ruleSet("PROPOSAL")).toMatchObject({ version: 1, replyDueMonths: 3, dueSoonDays: 10 });

    const events = await server().dataSource.query(`SELECT action, entity_id, before, after, actor_id FROM event WHERE entity_type = 'RuleSet' AND entity_id = 'SUGGESTION'`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "ruleSet.update", before: { replyDueMonths: 3, dueSoonDays: 10, officeReviewRequired: "KEY_ONLY" }, after: { replyDueMonths: 2, dueSoonDays: 7, officeReviewRequired: "ALL" } });
    expect(events[0].actor_id).toEqual(expect.any(String));
    expect(Object.keys(events[0].after).sort()).toEqual(["categories", "dueSoonDays", "officeReviewRequired", "replyDueMonths"]);
  });

  it("lists every problem of an invalid rule set and changes nothing", async () => {
    const admin = await server().login("admin");
    const version = await storedVersion("PROPOSAL");
    const events = await ruleEvents();
    const result = await admin.request(UPDATE, {
      kind: "PROPOSAL",
      input: { version, replyDueMonths: 0, extensionMaxMonths: 2, dueSoonDays: 200, categories: [{ code: "A", zh: "甲", en: "A", solved: false, followUp: false }] },
    });
    const error = result.errors?.[0]?.extensions as { code: string; problems: string[]; fields: Record<string, string[]> };
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("replyDueMonths must be between"),
        expect.stringContaining("dueSoonDays must be between"),
        "categories must mark at least one category as solved",
      ]),
    );
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["replyDueMonths", "dueSoonDays", "categories"]));
    // Storage caps are checked at the edge.
    expect(await admin.errorCode(UPDATE, { kind: "PROPOSAL", input: { version, categories: [{ code: "TOO-LONG-CODE", zh: "甲", en: "A", solved: true, followUp: false }] } })).toBe(
      "BAD_USER_INPUT",
    );
    expect(await storedVersion("PROPOSAL")).toBe(version);
    expect(await ruleEvents()).toBe(events);
    expect(await ruleSet("PROPOSAL")).toMatchObject({ replyDueMonths: 3, dueSoonDays: 10 });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const admin = await server().login("admin");
    const version = await storedVersion("MICRO_SUGGESTION");
    await admin.ok(UPDATE, { kind: "MICRO_SUGGESTION", input: { version, dueSoonDays: 5 } });
    const events = await ruleEvents();
    expect(await admin.errorCode(UPDATE, { kind: "MICRO_SUGGESTION", input: { version, dueSoonDays: 3 } })).toBe("CONFLICT");
    expect(await storedVersion("MICRO_SUGGESTION")).toBe(version + 1);
    expect(await ruleSet("MICRO_SUGGESTION")).toMatchObject({ dueSoonDays: 5 });
    expect(await ruleEvents()).toBe(events);
  });

  it("refuses to remove a category that existing replies carry, and changes nothing", async () => {
    const ds = server().dataSource;
    const w = await taskWorld(ds);
    const item = await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, status: "REPLIED", proposerIds: [w.memberId] });
    const assignment = await addAssignment(ds, { proposalId: item, unitId: w.housingUnitId, assignedById: w.officeUserId, status: "REPLIED", replyDueOn: "2025-06-30" });
    await addReply(ds, { assignmentId: assignment, createdById: w.adminUserId, status: "SENT", category: "D" });
    const admin = await server().login("admin");
    const version = await storedVersion("PROPOSAL");
    const events = await ruleEvents();
    const result = await admin.request(UPDATE, {
      kind: "PROPOSAL",
      input: {
        version,
        categories: [
          { code: "A", zh: "已解决", en: "Solved", solved: true, followUp: false },
          { code: "B", zh: "正在解决", en: "Being solved", solved: false, followUp: true },
          { code: "C", zh: "暂不能解决", en: "Cannot yet", solved: false, followUp: true },
        ],
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions?.problems).toEqual(['categories: "D" is used by existing replies and cannot be removed']);
    expect(await storedVersion("PROPOSAL")).toBe(version);
    expect(await ruleEvents()).toBe(events);
  });

  it("refuses rule edits to every other role with FORBIDDEN and changes nothing", async () => {
    const version = await storedVersion("PROPOSAL");
    const events = await ruleEvents();
    for (const username of ["committee", "office", "handler", "unitleader", "member", "leader"]) {
      const client = await loginAs(server(), username);
      expect(await client.errorCode(UPDATE, { kind: "PROPOSAL", input: { version, dueSoonDays: 1 } })).toBe("FORBIDDEN");
    }
    expect(await storedVersion("PROPOSAL")).toBe(version);
    expect(await ruleEvents()).toBe(events);
    expect(await ruleSet("PROPOSAL")).toMatchObject({ dueSoonDays: 10 });
  });
});

describeEachDatabase("holiday calendar", (server) => {
  beforeAll(async () => {
    await seedTaskWorld(server());
  });
  const workingDays = async (from: string, days: number): Promise<string> =>
    (await (await loginAs(server(), "member")).ok<{ addWorkingDays: string }>(ADD_WORKING_DAYS, { from, days })).addWorkingDays;
  const calendarEvents = async (): Promise<number> => (await server().dataSource.query(`SELECT count(*)::int AS n FROM event WHERE entity_type = 'CalendarDay'`))[0].n;
  const day = async (date: string): Promise<Array<{ kind: string; name: string }>> => server().dataSource.query(`SELECT kind, name FROM calendar_day WHERE date = $1`, [date]);

  it("counts working days with the seeded official calendar (DOMAIN.md §3)", async () => {
    expect(await workingDays("2025-09-26", 5)).toBe("2025-10-10");
    expect(await workingDays("2025-10-10", -5)).toBe("2025-09-26");
    expect(await workingDays("2025-09-26", 0)).toBe("2025-09-26");
    const member = await loginAs(server(), "member");
    const holidays = await member.ok<{ holidays: Array<{ date: string; kind: string; name: string; year: number }> }>(`{ holidays(year: 2025) { date kind name year } }`);
    expect(holidays.holidays).toContainEqual({ date: "2025-09-28", kind: "WORKDAY", name: "国庆节、中秋节", year: 2025 });
    expect(holidays.holidays).toContainEqual({ date: "2025-10-01", kind: "HOLIDAY", name: "国庆节、中秋节", year: 2025 });
    expect(holidays.holidays.every((h) => h.year === 2025)).toBe(true);
    const dates = holidays.holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    const all = await member.ok<{ holidays: Array<{ year: number }> }>(`{ holidays { year } }`);
    expect(new Set(all.holidays.map((h) => h.year))).toEqual(new Set([2024, 2025, 2026]));
  });

  it("follows an admin's edit of the calendar, records it, and undoes it", async () => {
    const admin = await server().login("admin");
    const set = await admin.ok<{ setHoliday: unknown }>(SET_HOLIDAY, { date: "2025-09-29", kind: "HOLIDAY", name: "临时放假" });
    expect(set.setHoliday).toEqual({ date: "2025-09-29", kind: "HOLIDAY", name: "临时放假", year: 2025 });
    // 09-28 (Sun, make-up) 1, 09-29 now off, 09-30 2, 10-01…10-08 off, 10-09 3, 10-10 4, 10-11 (Sat, make-up) 5.
    expect(await workingDays("2025-09-26", 5)).toBe("2025-10-11");

    const removed = await admin.ok<{ setHoliday: unknown }>(SET_HOLIDAY, { date: "2025-09-29", kind: null });
    expect(removed.setHoliday).toBeNull();
    expect(await workingDays("2025-09-26", 5)).toBe("2025-10-10");
    expect(await day("2025-09-29")).toEqual([]);

    // A make-up working day on a weekend without a notice name gets a default name.
    await admin.ok(SET_HOLIDAY, { date: "2027-01-09", kind: "WORKDAY" });
    expect(await day("2027-01-09")).toEqual([{ kind: "WORKDAY", name: "调休上班" }]);
    expect(await workingDays("2027-01-08", 1)).toBe("2027-01-09");

    const events = await server().dataSource.query(`SELECT action, entity_id, before, after FROM event WHERE entity_type = 'CalendarDay'`);
    expect(events).toHaveLength(3);
    expect(events).toEqual(expect.arrayContaining([
      { action: "calendar.set", entity_id: "2025-09-29", before: null, after: { kind: "HOLIDAY", name: "临时放假" } },
      { action: "calendar.remove", entity_id: "2025-09-29", before: { kind: "HOLIDAY", name: "临时放假" }, after: null },
      { action: "calendar.set", entity_id: "2027-01-09", before: null, after: { kind: "WORKDAY", name: "调休上班" } },
    ]));
    // Setting what is already there, or removing what is not, records nothing.
    await admin.ok(SET_HOLIDAY, { date: "2027-01-09", kind: "WORKDAY" });
    await admin.ok(SET_HOLIDAY, { date: "2027-03-03", kind: null });
    expect(await calendarEvents()).toBe(3);
  });

  it("refuses a make-up working day on a weekday, bad names and absurd spans, and changes nothing", async () => {
    const admin = await server().login("admin");
    const events = await calendarEvents();
    expect(await admin.errorCode(SET_HOLIDAY, { date: "2025-10-09", kind: "WORKDAY", name: "调休" })).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(SET_HOLIDAY, { date: "2025-10-01", kind: "HOLIDAY", name: "   " })).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(SET_HOLIDAY, { date: "2025-02-30", kind: "HOLIDAY" })).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(ADD_WORKING_DAYS, { from: "2025-01-01", days: 100000 })).toBe("BAD_USER_INPUT");
    expect(await day("2025-10-09")).toEqual([]);
    expect(await day("2025-10-01")).toEqual([{ kind: "HOLIDAY", name: "国庆节、中秋节" }]);
    expect(await calendarEvents()).toBe(events);
  });

  it("refuses calendar edits to every other role with FORBIDDEN and changes nothing", async () => {
    const events = await calendarEvents();
    for (const username of ["committee", "office", "handler", "unitleader", "member", "deputy", "leader"]) {
      const client = await loginAs(server(), username);
      expect(await client.errorCode(SET_HOLIDAY, { date: "2025-10-08", kind: null })).toBe("FORBIDDEN");
    }
    expect(await server().client().errorCode(SET_HOLIDAY, { date: "2025-10-08", kind: null })).toBe("UNAUTHENTICATED");
    expect(await day("2025-10-08")).toEqual([{ kind: "HOLIDAY", name: "国庆节、中秋节" }]);
    expect(await calendarEvents()).toBe(events);
    expect(await workingDays("2025-09-26", 5)).toBe("2025-10-10");
  });
});
