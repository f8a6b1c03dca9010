// GET /export/ledger.xlsx: one row per assignment for any filter of the `proposals` query, with the
// caller's row rules, every text cell neutralised against formula injection.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describeEachDatabase } from "./support/each-database";
import { anonymous, bearerDownloader, downloaderFor, offeredFileName, readWorkbook, sheetRows } from "./support/export-fetch";
import { FigureFixtures } from "./support/figure-fixtures";

const HEADER = ["编号", "案由", "提案人", "承办单位", "办理方式", "交办日期", "答复期限", "答复日期", "答复类别", "满意度", "办理状态", "类型", "届次", "年度", "主题", "重点", "件状态"];
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describeEachDatabase("export: ledger.xlsx", (server) => {
  let sessionId: string;
  const HOUSING = "区住房和城乡建设局";

  beforeAll(async () => {
    server().clock.set("2025-03-01T02:00:00Z");
    const fx = await FigureFixtures.open(server().dataSource);
    const ds = server().dataSource;
    sessionId = await fx.session(fx.cppccBodyId, 71, 2024);
    const [zhang, li, wang] = [await fx.member(fx.cppccBodyId, "张三"), await fx.member(fx.cppccBodyId, "李四"), await fx.member(fx.cppccBodyId, "@王五")];
    const [demoUser] = (await ds.query(`SELECT member_id FROM app_user WHERE username = 'member'`)) as Array<{ member_id: string }>;
    const demoMember = demoUser!.member_id;

    // 1: SOLE 住建, replied A, rated 满意; its title would be a formula if written raw.
    const i1 = await fx.item({ sessionId, status: "CLOSED", proposers: [zhang, li], subjectArea: "URBAN_RURAL", title: '=HYPERLINK("http://x")' });
    const a1 = await fx.assignment({ proposalId: i1, unitId: fx.unit("住建"), role: "SOLE", assignedOn: "2024-02-01", receivedOn: "2024-02-02", status: "REPLIED" });
    await fx.feedback(await fx.reply({ assignmentId: a1, category: "A", sentOn: "2024-04-15" }), zhang, "SATISFIED");
    // 2: key item, LEAD 发改 overdue + CO 住建 whose opinion is sent.
    const i2 = await fx.item({ sessionId, status: "HANDLING", proposers: [wang], subjectArea: "ECONOMY", isKey: true, title: "关于加装电梯的提案" });
    await fx.assignment({ proposalId: i2, unitId: fx.unit("发改"), role: "LEAD", assignedOn: "2024-02-01", receivedOn: "2024-02-02" });
    await fx.assignment({ proposalId: i2, unitId: fx.unit("住建"), role: "CO", assignedOn: "2024-02-01", receivedOn: "2024-02-02", coOpinionSentOn: "2024-02-20", status: "OPINION_SENT" });
    // 3: SPLIT 教 (B) + 交 (C, rated 基本满意).
    const i3 = await fx.item({ sessionId, status: "REPLIED", proposers: [li], subjectArea: "EDUCATION", title: "关于分办事项的提案" });
    const a3 = await fx.assignment({ proposalId: i3, unitId: fx.unit("教"), role: "SPLIT", assignedOn: "2024-02-01", status: "REPLIED" });
    const a4 = await fx.assignment({ proposalId: i3, unitId: fx.unit("交"), role: "SPLIT", assignedOn: "2024-02-01", status: "REPLIED" });
    await fx.reply({ assignmentId: a3, category: "B", sentOn: "2024-04-01" });
    await fx.feedback(await fx.reply({ assignmentId: a4, category: "C", sentOn: "2024-04-10" }), li, "BASICALLY_SATISFIED");
    // 4: registered, not yet assigned. 5: the demo member's own item.
    await fx.item({ sessionId, status: "REGISTERED", proposers: [zhang], title: "+未交办" });
    const i5 = await fx.item({ sessionId, status: "HANDLING", proposers: [demoMember], title: "关于委员本人事项的提案" });
    await fx.assignment({ proposalId: i5, unitId: fx.unit("教"), role: "SOLE", assignedOn: "2025-02-01" });
  });

  const ledger = async (username: string, query: string): Promise<{ response: Response; rows: unknown[][] }> => {
    const response = await (await downloaderFor(server(), username)).get(`/export/ledger.xlsx?${query}`);
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response);
    return { response, rows: sheetRows(workbook.getWorksheet("台账")!) };
  };

  it("gives the office every assignment of the session, one row each, with neutralised text", async () => {
    const response = await (await downloaderFor(server(), "office")).get(`/export/ledger.xlsx?sessionId=${sessionId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(offeredFileName(response)).toBe("测试第71届-办理台账-2025-03-01.xlsx");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = await response.arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet("台账")!;
    const [header, ...rows] = sheetRows(sheet);
    expect(header).toEqual(HEADER);
    const common = ["提案", "测试第71届", 2024];
    expect(rows).toEqual([
      [1, "'=HYPERLINK(\"http://x\")", "张三、李四", HOUSING, "单独办理", day("2024-02-01"), day("2024-05-01"), day("2024-04-15"), "A", "满意", "已完成", ...common, "城乡建设与规划", "否", "已办结"],
      [2, "关于加装电梯的提案", "'@王五", "区发展和改革局", "主办", day("2024-02-01"), day("2024-05-01"), null, null, null, "已超期", ...common, "经济发展", "是", "办理中"],
      [2, "关于加装电梯的提案", "'@王五", HOUSING, "会办", day("2024-02-01"), day("2024-03-01"), day("2024-02-20"), null, null, "已完成", ...common, "经济发展", "是", "办理中"],
      [3, "关于分办事项的提案", "李四", "区教育局", "分办", day("2024-02-01"), day("2024-05-01"), day("2024-04-01"), "B", null, "已完成", ...common, "教育", "否", "已答复"],
      [3, "关于分办事项的提案", "李四", "区交通运输局", "分办", day("2024-02-01"), day("2024-05-01"), day("2024-04-10"), "C", "基本满意", "已完成", ...common, "教育", "否", "已答复"],
      [4, "'+未交办", "张三", null, null, null, null, null, null, null, null, ...common, null, "否", "已立案"],
      [5, "关于委员本人事项的提案", expect.any(String), "区教育局", "单独办理", day("2025-02-01"), day("2025-05-01"), null, null, null, "正常", ...common, null, "否", "办理中"],
    ]);
    // Stored as text, never as a formula: no <f> element anywhere in the sheet.
    const title = sheet.getRow(2).getCell(2);
    expect([title.type, title.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it("applies the proposals filters", async () => {
    const numbers = (rows: unknown[][]) => rows.slice(1).map((r) => r[0]);
    expect(numbers((await ledger("office", `sessionId=${sessionId}&isKey=true`)).rows)).toEqual([2, 2]);
    expect(numbers((await ledger("office", `sessionId=${sessionId}&status=REPLIED,CLOSED`)).rows)).toEqual([1, 3, 3]);
    expect(numbers((await ledger("office", `sessionId=${sessionId}&dueState=OVERDUE`)).rows)).toEqual([2, 2]);
    expect(numbers((await ledger("office", `sessionId=${sessionId}&search=${encodeURIComponent("电梯")}`)).rows)).toEqual([2, 2]);
    // A unit filter keeps that unit's rows only, not its items' other units.
    const housing = (await ledger("office", `sessionId=${sessionId}&unitId=${(await FigureFixtures.open(server().dataSource)).unit("住建")}`)).rows;
    expect(housing.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([[1, HOUSING, "单独办理"], [2, HOUSING, "会办"]]);
  });

  it("gives a unit user their own unit's rows only, and a member their own items", async () => {
    const handler = (await ledger("handler", `sessionId=${sessionId}`)).rows;
    expect(handler.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([[1, HOUSING, "单独办理"], [2, HOUSING, "会办"]]);
    const everything = (await ledger("handler", "")).rows.slice(1);
    expect(everything.length).toBeGreaterThan(2);
    expect(everything.every((r) => r[3] === HOUSING)).toBe(true);
    const member = (await ledger("member", `sessionId=${sessionId}`)).rows;
    expect(member.slice(1).map((r) => r[1])).toEqual(["关于委员本人事项的提案"]);
  });

  it("answers another app's Bearer token like a reader", async () => {
    const admin = await server().login("admin");
    const { createApiToken } = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "ledger export") { secret } }`);
    const response = await bearerDownloader(server(), createApiToken.secret).get(`/export/ledger.xlsx?sessionId=${sessionId}`);
    expect(response.status).toBe(200);
    expect(sheetRows((await readWorkbook(response)).getWorksheet("台账")!).length).toBe(8);
  });

  it("refuses the unauthenticated with 401 and bad filters with 400", async () => {
    const response = await anonymous(server()).get(`/export/ledger.xlsx?sessionId=${sessionId}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ message: "Please log in", extensions: { code: "UNAUTHENTICATED" } }] });
    const office = await downloaderFor(server(), "office");
    for (const query of ["sesionId=x", "kind=BAD", "sessionId=not-a-uuid", "isKey=maybe", "year=20x4"]) {
      const bad = await office.get(`/export/ledger.xlsx?${query}`);
      expect([query, bad.status, ((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code]).toEqual([query, 400, "BAD_USER_INPUT"]);
    }
  });
}, { demo: true });
