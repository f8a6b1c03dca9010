// Who may read the annual report and edit its narrative, and how edits reach the draft. Every denial
// asserts the error code and that nothing changed.
import { describeEachDatabase } from "./support/each-database";
import { ANNUAL_REPORT, UPDATE_NARRATIVE, type AnnualReportResult, type UpdateNarrativeResult } from "./support/report-queries";

const MISSING_SESSION = "00000000-0000-4000-8000-000000000000";

describeEachDatabase("annual report: access and narrative", (server) => {
  let cppccSession: string;

  const narrativeRow = async (sessionId: string): Promise<unknown> => {
    const rows = (await server().dataSource.query(`SELECT sections FROM report_narrative WHERE session_id = $1`, [sessionId])) as Array<{ sections: unknown }>;
    return rows[0]?.sections ?? null;
  };
  const narrativeEvents = async (sessionId: string): Promise<number> => {
    const rows = (await server().dataSource.query(`SELECT count(*)::int AS n FROM event WHERE entity_type = 'ReportNarrative' AND entity_id = $1`, [sessionId])) as Array<{ n: number }>;
    return rows[0]!.n;
  };

  beforeAll(async () => {
    server().clock.set("2025-02-10T02:00:00Z");
    const rows = (await server().dataSource.query(
      `SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE s.name = '五届四次会议' AND b.kind = 'CPPCC'`,
    )) as Array<{ id: string }>;
    cppccSession = rows[0]!.id;
  });

  it("lets readers and the session's own committee read the report", async () => {
    for (const username of ["office", "admin", "leader", "committee"]) {
      const client = await server().login(username);
      const report = (await client.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId: cppccSession })).annualReport;
      expect([username, report.figures.find((f) => f.key === "handled")!.value]).toEqual([username, 42]);
    }
  });

  it("refuses everyone else, and another body's committee as if the session did not exist", async () => {
    expect(await server().client().errorCode(ANNUAL_REPORT, { sessionId: cppccSession })).toBe("UNAUTHENTICATED");
    for (const username of ["handler", "unitleader", "member", "deputy"]) {
      const client = await server().login(username);
      expect([username, await client.errorCode(ANNUAL_REPORT, { sessionId: cppccSession })]).toEqual([username, "FORBIDDEN"]);
    }
    const npcCommittee = await server().login("npc.committee");
    expect(await npcCommittee.errorCode(ANNUAL_REPORT, { sessionId: cppccSession })).toBe("NOT_FOUND");
    const office = await server().login("office");
    expect(await office.errorCode(ANNUAL_REPORT, { sessionId: MISSING_SESSION })).toBe("NOT_FOUND");
    expect(await office.errorCode(ANNUAL_REPORT, { sessionId: "not-a-uuid" })).toBe("NOT_FOUND");
  });

  it("drafts a People's Congress session as 代表建议", async () => {
    const rows = (await server().dataSource.query(`SELECT id FROM assembly_session WHERE name = '五届人大四次会议'`)) as Array<{ id: string }>;
    const npcCommittee = await server().login("npc.committee");
    const report = (await npcCommittee.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId: rows[0]!.id })).annualReport;
    expect([report.title, report.addressee, report.issuer, report.kind]).toEqual([
      "关于滨江区五届人大四次会议期间代表建议办理情况的通报",
      "滨江区人大常委会",
      "滨江区人民政府",
      "SUGGESTION",
    ]);
  });

  it("lets the office write the narrative, keeps what is not sent, and falls back to the default when cleared", async () => {
    const office = await server().login("office");
    const input = { measures: "（一）建立台账\n全年建立工作台账，逐件督办。", problems: "个别单位沟通不足。", addressee: "区政协常委会", issuer: "滨江区人民政府办公室", issuedOn: "2025-02-14" };
    const edited = (await office.ok<UpdateNarrativeResult>(UPDATE_NARRATIVE, { sessionId: cppccSession, input })).updateReportNarrative;
    const section = (key: string) => edited.sections.find((s) => s.key === key)!;
    expect(section("measures")).toEqual({ key: "measures", heading: "二、工作措施和主要成效", paragraphs: ["（一）建立台账", "全年建立工作台账，逐件督办。"], editable: true, isDefault: false });
    expect(section("problems").paragraphs).toEqual(["个别单位沟通不足。"]);
    expect(section("nextSteps").isDefault).toBe(true);
    expect([edited.addressee, edited.issuer, edited.issuedOn]).toEqual(["区政协常委会", "滨江区人民政府办公室", "2025-02-14"]);
    expect(edited.markdown).toContain("区政协常委会：");
    expect(edited.markdown).toContain("### （一）建立台账\n\n全年建立工作台账，逐件督办。");
    expect(edited.markdown).toContain("滨江区人民政府办公室\n\n2025 年 2 月 14 日");
    expect(await narrativeEvents(cppccSession)).toBe(1);

    // Fields not sent stay; the next read shows the same narrative.
    await office.ok(UPDATE_NARRATIVE, { sessionId: cppccSession, input: { nextSteps: "下来，我们将持续跟踪。" } });
    const read = (await office.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId: cppccSession })).annualReport;
    expect(read.narrative).toMatchObject({ measures: input.measures, problems: input.problems, nextSteps: "下来，我们将持续跟踪。", issuedOn: "2025-02-14" });

    // Blank (or null) text goes back to the default wording.
    const cleared = (await office.ok<UpdateNarrativeResult>(UPDATE_NARRATIVE, { sessionId: cppccSession, input: { measures: "  ", issuedOn: null } })).updateReportNarrative;
    expect(cleared.narrative.measures).toBeNull();
    expect(cleared.sections.find((s) => s.key === "measures")!.isDefault).toBe(true);
    expect(cleared.sections.find((s) => s.key === "measures")!.paragraphs[0]).toBe("（一）强化领导，明确责任");
    expect(cleared.issuedOn).toBe("2025-02-10");
    expect(await narrativeEvents(cppccSession)).toBe(3);
  });

  it("refuses narrative edits by anyone but the office, and bad input, changing nothing", async () => {
    const office = await server().login("office");
    await office.ok(UPDATE_NARRATIVE, { sessionId: cppccSession, input: { problems: "原有内容" } });
    const before = await narrativeRow(cppccSession);
    const events = await narrativeEvents(cppccSession);
    const attempt = { sessionId: cppccSession, input: { problems: "篡改" } };
    expect(await server().client().errorCode(UPDATE_NARRATIVE, attempt)).toBe("UNAUTHENTICATED");
    for (const username of ["committee", "admin", "leader", "handler", "member"]) {
      const client = await server().login(username);
      expect([username, await client.errorCode(UPDATE_NARRATIVE, attempt)]).toEqual([username, "FORBIDDEN"]);
    }
    expect(await office.errorCode(UPDATE_NARRATIVE, { sessionId: cppccSession, input: { measures: "长".repeat(20001) } })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(UPDATE_NARRATIVE, { sessionId: cppccSession, input: { issuedOn: "2025-02-30" } })).toBe("BAD_USER_INPUT");
    expect(await narrativeRow(cppccSession)).toEqual(before);
    expect(await narrativeEvents(cppccSession)).toBe(events);

    expect(await office.errorCode(UPDATE_NARRATIVE, { sessionId: MISSING_SESSION, input: { problems: "x" } })).toBe("NOT_FOUND");
    expect(await narrativeRow(MISSING_SESSION)).toBeNull();
  });
}, { demo: true });
