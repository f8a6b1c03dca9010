// The annual report (通报, DOMAIN.md §7) drafted from the data: a fixture session shaped like the seed
// report (42 items, all replied with A and rated satisfied), and the demo's 2024 session.
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { ANNUAL_REPORT, type AnnualReportResult } from "./support/report-queries";

const KEY_REPLY = "王委员：\n您提出的提案收悉。现将办理情况答复如下：\n一是组建招商引资专项工作专班；二是建立重大项目并联审批机制，全年引进超亿元项目 70 个。\n感谢您的关心和支持。\n区商务局";

/** 42 items of one session, each SOLE over six units, replied A on time after communication and rated SATISFIED. */
async function allSolvedSession(fx: FigureFixtures, term: number): Promise<{ sessionId: string; keyItemId: string }> {
  const sessionId = await fx.session(fx.cppccBodyId, term, 2024);
  const units = ["住建", "发改", "教", "交", "卫健", "民"].map((u) => fx.unit(u));
  let keyItemId = "";
  for (let n = 1; n <= 42; n++) {
    const member = await fx.member(fx.cppccBodyId, `报告委员${term}-${n}`);
    const item = await fx.item({ sessionId, status: "CLOSED", proposers: [member], subjectArea: n % 3 === 0 ? "ECONOMY" : "URBAN_RURAL", title: `关于测试事项${n}的提案` });
    const a = await fx.assignment({ proposalId: item, unitId: units[n % 6]!, role: "SOLE", assignedOn: "2024-02-01", receivedOn: "2024-02-02", status: "REPLIED" });
    await fx.communication(a, "2024-03-01");
    const reply = await fx.reply({ assignmentId: a, category: "A", sentOn: "2024-04-15" });
    await fx.feedback(reply, member, "SATISFIED");
    if (n === 1) keyItemId = item;
  }
  return { sessionId, keyItemId };
}

describeEachDatabase("annual report", (server) => {
  let fx: FigureFixtures;

  beforeAll(async () => {
    server().clock.set("2025-02-14T02:00:00Z");
    fx = await FigureFixtures.open(server().dataSource);
  });

  it("drafts the seed report's figures from a session where all 42 items are solved and rated satisfied", async () => {
    const { sessionId, keyItemId } = await allSolvedSession(fx, 61);
    const ds = server().dataSource;
    await ds.query(`UPDATE proposal SET is_key = TRUE, is_number_one = TRUE, supervising_leader = '区长 何建国' WHERE id = $1`, [keyItemId]);
    await ds.query(`UPDATE reply SET content = $2 WHERE proposal_id = $1`, [keyItemId, KEY_REPLY]);
    const [admin] = (await ds.query(`SELECT id FROM app_user WHERE username = 'admin'`)) as Array<{ id: string }>;
    await ds.query(
      `INSERT INTO follow_up_note (proposal_id, assignment_id, note, author_id) SELECT a.proposal_id, a.id, '项目已于12月全部开工', $2 FROM assignment a WHERE a.proposal_id = $1`,
      [keyItemId, admin!.id],
    );

    const office = await server().login("office");
    const report = (await office.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId })).annualReport;
    expect(report.title).toBe("关于滨江区政协测试第61届期间委员提案办理情况的通报");
    expect([report.addressee, report.issuer, report.issuedOn, report.kind]).toEqual(["滨江区政协常委会", "滨江区人民政府", "2025-02-14", "PROPOSAL"]);
    const handling = report.sections.find((s) => s.key === "handling")!;
    expect(handling.heading).toBe("一、办理情况");
    const [overview, outcome, keyIntro, keyItem, timeliness, ranking] = handling.paragraphs;
    expect(overview).toContain("需办理提案 42 件，内容主要涉及城乡建设与规划（28 件）、经济发展（14 件）等领域。");
    expect(overview).toContain("截至目前，42 件提案办复率 100%，经委员反馈，满意率为 100%。");
    expect(outcome).toContain("目前，42 件提案均为已经解决或基本解决，占总件数的 100%。");
    expect(keyIntro).toBe("本次会议确定重点提案 1 件，由区领导领衔督办，办复率 100%。");
    expect(keyItem).toBe(
      "如：对于报告委员61-1委员提出的“一号提案”《关于测试事项1的提案》（区长 何建国领办），区发展和改革局结合委员建议认真办理：" +
        "一是组建招商引资专项工作专班；二是建立重大项目并联审批机制，全年引进超亿元项目 70 个。跟踪办理情况：项目已于12月全部开工。",
    );
    expect(timeliness).toBe("从办理时效看，各承办单位应答复的 42 件次中，按期答复 42 件次，按时办复率 100%；答复前与委员沟通的占 100%，答复用时中位数为 74 天。");
    expect(ranking).toMatch(/^按按时办复率、满意率综合排序.*办理成效居前的承办单位依次为：区.+（按时办复率 100%，满意率 100%）/);

    // Every number has its figure, with the slice and the formula.
    const fig = (key: string) => report.figures.find((f) => f.key === key)!;
    expect(fig("handled")).toMatchObject({ figure: "HANDLED", value: 42, formatted: "42 件", scope: "滨江区政协测试第61届 · 提案 · 截至 2025-02-14" });
    expect(fig("replyRate")).toMatchObject({ value: 1, formatted: "100%", numerator: 42, denominator: 42 });
    expect(fig("replyRate").formula).toBe("答复均已发出的需办理件（已答复或已办结） ÷ 需办理件数 = 42 ÷ 42");
    expect(fig("satisfactionRate")).toMatchObject({ formatted: "100%", numerator: 42, denominator: 42 });
    expect(fig("keyItems")).toMatchObject({ value: 1, scope: "滨江区政协测试第61届 · 提案 · 截至 2025-02-14 · 重点提案" });
    expect(fig("subjectArea.ECONOMY")).toMatchObject({ value: 14, scope: expect.stringContaining("主题：经济发展") });
    expect(report.figures.filter((f) => f.key.startsWith("unit.")).length).toBe(10);

    // The Markdown has the document and the appendix of figure provenance.
    expect(report.markdown).toContain("# 关于滨江区政协测试第61届期间委员提案办理情况的通报\n\n滨江区政协常委会：");
    expect(report.markdown).toContain("## 二、工作措施和主要成效\n\n### （一）强化领导，明确责任");
    expect(report.markdown).toContain("滨江区人民政府\n\n2025 年 2 月 14 日");
    expect(report.markdown).toContain("| 办复率 | 100% | 滨江区政协测试第61届 · 提案 · 截至 2025-02-14 | 答复均已发出的需办理件（已答复或已办结） ÷ 需办理件数 = 42 ÷ 42 |");
  });

  it("recomputes the figures on every call", async () => {
    const { sessionId } = await allSolvedSession(fx, 62);
    const office = await server().login("office");
    const before = (await office.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId })).annualReport;
    expect(before.figures.find((f) => f.key === "handled")!.value).toBe(42);
    await server().dataSource.query(`UPDATE feedback SET result = 'DISSATISFIED' WHERE proposal_id = (SELECT id FROM proposal WHERE session_id = $1 AND number = 2)`, [sessionId]);
    const after = (await office.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId })).annualReport;
    expect(after.sections[1]!.paragraphs[0]).toContain("满意率为 97.6%（其中满意 41 件、不满意 1 件）。");
    expect(after.figures.find((f) => f.key === "satisfactionRate")).toMatchObject({ numerator: 41, denominator: 42 });
    await server().dataSource.query(`UPDATE reply SET category = 'B' WHERE proposal_id = (SELECT id FROM proposal WHERE session_id = $1 AND number = 3)`, [sessionId]);
    const mixed = (await office.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId })).annualReport;
    expect(mixed.sections[1]!.paragraphs[1]).toMatch(
      /^目前，已答复的 42 件提案中，已解决或基本解决（A 类）的 41 件，占 97\.6%；正在解决或已列入计划解决（B 类）的 1 件，占 2\.4%；解决率为 97\.6%。/,
    );
    expect(mixed.figures.find((f) => f.key === "category.B")).toMatchObject({ figure: "CATEGORY_BREAKDOWN", value: 1, formatted: "1 件" });
  });

  it("drafts a session with no items yet without empty figures", async () => {
    const sessionId = await fx.session(fx.cppccBodyId, 63, 2025);
    const report = (await (await server().login("office")).ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId })).annualReport;
    expect(report.sections.find((s) => s.key === "handling")!.paragraphs).toEqual([
      "截至目前，滨江区政协测试第63届期间委员提出的需办理提案为 0 件，各项办理数据将随办理进展生成。",
    ]);
    expect(report.figures.map((f) => [f.key, f.formatted])).toEqual([["handled", "0 件"]]);
  });

  it("drafts the demo's 2024 session (五届四次会议) like the seed report", async () => {
    const [session] = (await server().dataSource.query(
      `SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE s.name = '五届四次会议' AND b.kind = 'CPPCC'`,
    )) as Array<{ id: string }>;
    const committee = await server().login("committee");
    const report = (await committee.ok<AnnualReportResult>(ANNUAL_REPORT, { sessionId: session!.id })).annualReport;
    expect(report.title).toBe("关于滨江区政协五届四次会议期间委员提案办理情况的通报");
    const [overview, outcome, keyIntro, numberOne] = report.sections.find((s) => s.key === "handling")!.paragraphs;
    expect(overview).toContain("区政府共收到滨江区政协五届四次会议期间委员提出的需办理提案 42 件");
    expect(overview).toContain("42 件提案办复率 100%，经委员反馈，满意率为 100%");
    expect(outcome).toContain("42 件提案均为已经解决或基本解决，占总件数的 100%");
    expect(keyIntro).toContain("本次会议确定重点提案 4 件");
    expect(numberOne).toMatch(/^如：对于.+等委员提出的“一号提案”《关于以招商引资为突破口推动产业高质量发展的建议》（区长 何建国领办），/);
    expect(numberOne).toContain("一是召开全区招商引资工作会议");
    expect(report.figures.find((f) => f.key === "solvedRate")).toMatchObject({ numerator: 42, denominator: 42, formatted: "100%" });
  });
}, { demo: true });
