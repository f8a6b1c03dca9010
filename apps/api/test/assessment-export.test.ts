// GET /export/assessment.xlsx?year=…: the 2033 assessment (assessment-scenario.ts) as a workbook,
// parsed back with exceljs: the result sheet matches `assessment(year)`, the detail sheet explains
// every number, text cells are neutralised, and access is that of `assessment` (unit users: own line).
import { describeEachDatabase } from "./support/each-database";
import { anonymous, bearerDownloader, downloaderFor, offeredFileName, readWorkbook, sheetRows } from "./support/export-fetch";
import { FigureFixtures } from "./support/figure-fixtures";
import { buildAssessmentScenario, TODAY_ISO, YEAR, type AssessmentScenario } from "./support/assessment-scenario";
import { ADJUST, ASSESSMENT, type AssessmentResult } from "./support/assessment-queries";

const INDICATORS = ["按时办复", "满意度", "解决程度", "沟通协商", "答复质量", "会办配合"];

describeEachDatabase("export: assessment.xlsx", (server) => {
  let scenario: AssessmentScenario;
  let live: AssessmentResult["assessment"];
  const names = new Map<string, string>();

  beforeAll(async () => {
    server().clock.set(TODAY_ISO);
    scenario = await buildAssessmentScenario(await FigureFixtures.open(server().dataSource), server().dataSource);
    // Text that a spreadsheet would run as a formula: an item title and an adjustment reason.
    await server().dataSource.query(`UPDATE proposal SET title = '=HYPERLINK("http://evil.example")' WHERE id = $1`, [scenario.items.G1]);
    const office = await server().login("office");
    await office.ok(ADJUST, { year: YEAR, unitId: scenario.units.E, points: -1.5, reason: "=1+1 未按要求报送材料" });
    live = (await office.ok<AssessmentResult>(ASSESSMENT, { year: YEAR })).assessment;
    const units = (await server().dataSource.query(`SELECT id, name FROM unit`)) as Array<{ id: string; name: string }>;
    for (const u of units) names.set(u.id, u.name);
  });

  const download = async (user: string, query = `year=${YEAR}`): Promise<Response> => (await downloaderFor(server(), user)).get(`/export/assessment.xlsx?${query}`);

  it("gives the office every unit with each indicator's numerator, denominator and points", async () => {
    const response = await download("office");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(offeredFileName(response)).toBe(`${YEAR}年度承办单位办理工作量化考评（未发布）-2034-03-01.xlsx`);
    const workbook = await readWorkbook(response);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["考评结果", "计分明细", "考评方案"]);

    const [header, ...rows] = sheetRows(workbook.getWorksheet("考评结果")!);
    expect(header!.slice(0, 6)).toEqual(["排名", "承办单位", "等级", "总分", "纳入排名", "交办件数"]);
    expect(header!.slice(6, 24)).toEqual(INDICATORS.flatMap((l) => [`${l}·分子`, `${l}·分母`, expect.stringContaining(`${l}·得分`)]));
    expect(header!.slice(24)).toEqual(["答复退改·次数", "答复退改·扣分", "超期 30 天以上·次数", "超期 30 天以上·扣分", "主办重点提案获解决·件数", "主办重点提案获解决·加分", "手工调整", "调整理由"]);
    // every row is the GraphQL line of that unit, in the same order
    expect(rows).toEqual(
      live.units.map((u) => [
        u.rank, expect.any(String), u.grade, u.total, u.ranked ? "是" : "否（样本不足）", u.assignmentCount,
        ...u.indicators.flatMap((i) => [i.numerator, i.denominator, i.points]),
        ...[...u.deductions, ...u.bonuses].flatMap((c) => [c.count, c.points]),
        u.adjustments.length ? u.adjustments.reduce((s, a) => s + a.points, 0) : null,
        u.adjustments.length ? expect.any(String) : null,
      ]),
    );
    expect(rows[0]!.slice(0, 6)).toEqual([1, "区住房和城乡建设局", "优秀", 101.5, "是", 6]);
    // E's adjustment (85 − 1.5) drops it below F: the reason is plain text, not a formula
    const e = rows.find((r) => r[1] === "区卫生健康局")!;
    expect([e[0], e[3], e[30], e[31]]).toEqual([4, 83.5, -1.5, "'=1+1 未按要求报送材料（-1.5 分）"]);
  });

  it("explains every number with one detail row per assignment, marking numerator and denominator", async () => {
    const workbook = await readWorkbook(await download("office"));
    const [header, ...rows] = sheetRows(workbook.getWorksheet("计分明细")!);
    expect(header!.slice(0, 13)).toEqual(["承办单位", "编号", "案由", "类型", "办理方式", "答复（会办意见）期限", "首次答复（会办意见）日期", "超期天数", "答复类别", "质量评分", "退改次数", "提案人评价", "办前沟通"]);
    expect(rows).toHaveLength(live.units.reduce((s, u) => s + u.assignmentCount, 0));
    const col = (name: string): number => header!.indexOf(name);
    // for every unit and rate indicator, the marked rows are the number
    for (const u of live.units) {
      const mine = rows.filter((r) => r[0] === names.get(u.unitId));
      for (const ind of u.indicators.filter((i) => i.key !== "solved" && i.key !== "quality")) {
        const cells = mine.map((r) => String(r[col(ind.label)] ?? ""));
        expect([u.unitId, ind.key, cells.filter((c) => c.includes("分子")).length, cells.filter((c) => c.includes("分母")).length])
          .toEqual([u.unitId, ind.key, ind.numerator, ind.denominator]);
      }
      const late = u.deductions.find((d) => d.key === "late")!;
      expect(mine.filter((r) => r[col("超期 30 天以上")] === "计入")).toHaveLength(late.count);
    }
    const d6 = rows.find((r) => r[2] === "考评件D6")!;
    expect([d6[0], d6[4], d6[5], d6[6], d6[7], d6[8], d6[11], d6[12]]).toEqual([
      "区交通运输局", "单独办理", new Date("2033-05-01T00:00:00Z"), new Date("2033-06-01T00:00:00Z"), 31, "D", "不满意", "是",
    ]);
    // the title that looked like a formula is stored as text
    const g1 = rows.find((r) => typeof r[2] === "string" && (r[2] as string).includes("HYPERLINK"))!;
    expect(g1[2]).toBe(`'=HYPERLINK("http://evil.example")`);
    const cell = workbook.getWorksheet("计分明细")!.findCell(rows.indexOf(g1) + 2, 3)!;
    expect(cell.formula).toBeUndefined();
  });

  it("states the scheme and whether the year is published", async () => {
    const rows = sheetRows((await readWorkbook(await download("leader"))).getWorksheet("考评方案")!);
    expect(rows[1]).toEqual(["指标", "按时办复", 25, expect.stringContaining("ON_TIME_RATE")]);
    expect(rows.at(-1)).toEqual(["状态", "未发布（实时计算）", null, "数据截至 2034-03-01"]);
  });

  it("gives a unit user their own unit's line and rows only", async () => {
    const workbook = await readWorkbook(await download("handler"));
    const [, ...result] = sheetRows(workbook.getWorksheet("考评结果")!);
    expect(result.map((r) => [r[0], r[1], r[3]])).toEqual([[1, "区住房和城乡建设局", 101.5]]);
    const [, ...detail] = sheetRows(workbook.getWorksheet("计分明细")!);
    expect(new Set(detail.map((r) => r[0]))).toEqual(new Set(["区住房和城乡建设局"]));
    expect(detail).toHaveLength(6);
  });

  it("accepts an API token like the API does", async () => {
    const admin = await server().login("admin");
    const { createApiToken } = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "assessment export") { secret } }`);
    const response = await bearerDownloader(server(), createApiToken.secret).get(`/export/assessment.xlsx?year=${YEAR}`);
    expect(response.status).toBe(200);
    const [, ...rows] = sheetRows((await readWorkbook(response)).getWorksheet("考评结果")!);
    expect(rows).toHaveLength(7);
  });

  it.each([
    ["member", `year=${YEAR}`, 403, "FORBIDDEN"],
    ["committee", `year=${YEAR}`, 403, "FORBIDDEN"],
    ["office", "year=abc", 400, "BAD_USER_INPUT"],
    ["office", "", 400, "BAD_USER_INPUT"],
    ["office", `year=${YEAR}&unit=x`, 400, "BAD_USER_INPUT"],
    ["office", "year=1999", 400, "BAD_USER_INPUT"],
  ])("answers %s with ?%s by %i %s", async (user, query, status, code) => {
    const response = await download(user, query);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(code);
  });

  it("exports a published year from its snapshot, whatever changed since", async () => {
    const before = sheetRows((await readWorkbook(await download("office"))).getWorksheet("考评结果")!);
    server().clock.set("2034-03-01T06:00:00Z");
    const office = await server().login("office");
    await office.ok(`mutation($year: Int!) { publishAssessment(year: $year) { year } }`, { year: YEAR });
    await server().dataSource.query(`UPDATE reply SET category = 'D' WHERE assignment_id = $1`, [scenario.assignments.A1]);
    const response = await download("office");
    expect(offeredFileName(response)).toBe(`${YEAR}年度承办单位办理工作量化考评-2034-03-01.xlsx`);
    const workbook = await readWorkbook(response);
    expect(sheetRows(workbook.getWorksheet("考评结果")!)).toEqual(before);
    const detail = sheetRows(workbook.getWorksheet("计分明细")!);
    expect(detail.find((r) => r[2] === "考评件A1")![8]).toBe("A");
    expect(sheetRows(workbook.getWorksheet("考评方案")!).at(-1)!.slice(0, 2)).toEqual(["状态", "已发布"]);
  });

  it("asks for a login", async () => {
    const response = await anonymous(server()).get(`/export/assessment.xlsx?year=${YEAR}`);
    expect(response.status).toBe(401);
  });
}, { demo: true });
