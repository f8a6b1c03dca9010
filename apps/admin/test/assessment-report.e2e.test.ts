// 量化考评 and 通报 in a real browser against the real built server with the demo district: the office
// reads the 2024 scores, drills into an indicator, adjusts a score (a reason is required), checks the
// scheme (weights must add up to 100), publishes (and sees the warning once live data differs); then
// reads the 2024 report, checks its figures, edits its narrative (shown as text, never markup) and
// downloads it as Markdown and Word. A district leader reads both without the office's buttons.
import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { browserAvailable, screenshot } from "./support/browser";
import { useDemoBrowser } from "./support/demo-suite";
import { graphqlAs, type DemoServer } from "./support/life-server";
import { label, loginAs } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("assessment and annual report in Chromium", () => {
  const suite = useDemoBrowser("assessment-report", { acceptDownloads: true });
  let server: DemoServer;
  let page: Page;
  beforeAll(() => {
    server = suite.server;
    page = suite.page;
  });

  const toast = (text: string | RegExp): Locator => page.locator(".ant-message-notice", { hasText: text }).first();
  const unitRow = (name: string): Locator => page.locator("tr.ant-table-row").filter({ has: page.getByRole("cell", { name, exact: true }) });

  test("the office reads the 2024 scores and the items behind an indicator", async () => {
    await loginAs(page, server.url, "office");
    await page.getByRole("menuitem", { name: "量化考评" }).click();
    await page.getByRole("heading", { level: 1, name: "量化考评" }).waitFor();
    await page.goto(`${server.url}/assessment?year=2024`);
    await page.getByText(/^实时计算结果/).waitFor();
    const row = unitRow("区住房和城乡建设局");
    await row.getByText("优秀").waitFor();
    await unitRow("区民政局").getByText("不排名").waitFor();
    await page.getByRole("img", { name: /^等次分布/ }).waitFor();
    await row.getByRole("button", { name: /^区住房和城乡建设局按时办复 25 分/ }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText(/^共 \d+ 条$/).waitFor();
    await drawer.getByText("分母（全部统计范围）").click();
    await drawer.getByRole("link").first().waitFor();
    await screenshot(page, "assessment-items");
    await drawer.getByRole("button", { name: "关闭" }).first().click();
    await drawer.waitFor({ state: "hidden" });
    await screenshot(page, "assessment-2024");
  });

  test("an adjustment needs a reason and changes the total", async () => {
    const row = unitRow("区教育局");
    const before = Number(await row.locator("td strong").innerText());
    await row.getByRole("button", { name: /展开行|Expand row/ }).click();
    await page.getByRole("button", { name: "调整分数" }).first().click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("调整分值").fill("-1.5");
    await modal.getByRole("button", { name: label("保存") }).click();
    await modal.getByText("请填写调整理由").waitFor();
    await modal.getByLabel("调整理由").fill("答复材料报送不及时，经督查室研究扣减");
    await modal.getByRole("button", { name: label("保存") }).click();
    await toast("已调整区教育局的分数").waitFor();
    const expected = (Math.round((before - 1.5) * 100) / 100).toString();
    await unitRow("区教育局").locator("td strong", { hasText: new RegExp(`^${expected.replace(".", "\\.")}$`) }).waitFor();
    await page.getByText("答复材料报送不及时，经督查室研究扣减").waitFor();
  });

  test("the scheme: weights must add up to 100", async () => {
    await page.getByRole("button", { name: "考评方案" }).click();
    await page.waitForURL(/\/assessment\/scheme\?year=2024/);
    await page.getByRole("heading", { level: 1, name: "考评方案" }).waitFor();
    await page.getByText("权重合计 100").waitFor();
    const weight = page.getByLabel("第 1 行权重", { exact: true });
    await weight.fill("20");
    await page.getByText("权重合计 95（须为 100）").waitFor();
    await page.getByRole("button", { name: label("保存") }).click();
    await page.getByRole("alert").filter({ hasText: "指标权重合计为 95，须为 100" }).waitFor();
    await screenshot(page, "assessment-scheme");
    await page.getByRole("button", { name: label("重置") }).click();
    await page.getByText("权重合计 100").waitFor();
    await page.getByRole("button", { name: "返回考评结果" }).click();
    await page.waitForURL(/\/assessment\?year=2024/);
  });

  test("publishing freezes the result; later data changes are flagged", async () => {
    await page.getByRole("button", { name: "发布结果" }).click();
    const confirm = page.locator(".ant-modal-confirm");
    await confirm.getByText(/发布将把当前结果固定为正式结果/).waitFor();
    await confirm.getByRole("button", { name: "确认发布" }).click();
    await toast("2024 年度考评结果已发布").waitFor();
    await page.getByText(/^已于 .* 发布/).waitFor();
    await expect(page.getByRole("button", { name: "发布结果" }).count()).resolves.toBe(0);
    // A 2024 item becomes key after publishing: the live figures now differ from the snapshot.
    const office = await graphqlAs(server.url, "office", "Demo@2026");
    const list = await office<{ proposals: { items: { id: string }[] } }>("query { proposals(options: { filter: { year: 2024, isKey: false }, take: 1 }) { items { id } } }");
    const id = list.proposals.items[0]?.id;
    if (!id) throw new Error("no 2024 item that is not key");
    await office("mutation($id: ID!) { markKey(id: $id, isKey: true, leader: \"副区长 林涛\") { id } }", { id });
    await page.reload();
    await page.getByText(/按当前数据、规则或方案重新计算，结果已与发布时不同/).waitFor();
    await screenshot(page, "assessment-published");
    await page.goto(`${server.url}/assessment/scheme?year=2024`);
    await page.getByText("该年度考评已发布，方案已固定，不能修改。").waitFor();
    await expect(page.getByRole("button", { name: label("保存") }).count()).resolves.toBe(0);
  });

  test("the year's assessment downloads as a spreadsheet", async () => {
    await page.goto(`${server.url}/assessment?year=2024`);
    const link = page.getByRole("link", { name: /导出 Excel/ });
    await expect(link.getAttribute("href")).resolves.toBe("/export/assessment.xlsx?year=2024");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString()).toBe("PK");
  });

  test("the 2024 report: the draft, its figures with formulas, the narrative edited as text", async () => {
    await page.getByRole("menuitem", { name: "办理情况通报" }).click();
    await page.getByRole("heading", { level: 2, name: "关于滨江区政协五届四次会议期间委员提案办理情况的通报" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "一、办理情况" }).waitFor();
    await page.getByRole("heading", { level: 4, name: "（一）强化领导，明确责任" }).waitFor();
    await page.getByRole("tab", { name: /^数据来源/ }).click();
    const handled = page.getByRole("row").filter({ hasText: "需办理件数" }).first();
    await handled.getByText("42 件").waitFor();
    await handled.getByText(/= 42$/).waitFor();
    await screenshot(page, "report-figures");
    await page.getByRole("tab", { name: "通报草稿" }).click();

    await page.getByRole("button", { name: "编辑通报文字" }).click();
    const drawer = page.getByRole("dialog").filter({ has: page.locator("form") });
    const problems = drawer.getByLabel("三、存在问题", { exact: true });
    await problems.fill("个别单位答复质量不高，<img src=x onerror=alert(1)>须加强。");
    await drawer.getByLabel("主送", { exact: true }).fill("滨江区政协常委会主席会议");
    await drawer.getByRole("button", { name: label("保存") }).click();
    await toast("保存成功").waitFor();
    await page.getByText("滨江区政协常委会主席会议：").waitFor();
    const paragraph = page.locator("article p", { hasText: "个别单位答复质量不高，<img src=x onerror=alert(1)>须加强。" });
    await paragraph.waitFor();
    await expect(page.locator("article img").count()).resolves.toBe(0);
    await page.getByRole("heading", { level: 3, name: /三、存在问题及努力方向\s*已编辑/ }).waitFor();
    await screenshot(page, "report-draft");
  });

  test("the report downloads as Markdown and as Word", async () => {
    const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载 Markdown/ }).click()]);
    const mdPath = await md.path();
    const text = fs.readFileSync(mdPath, "utf8");
    expect(text).toContain("关于滨江区政协五届四次会议期间委员提案办理情况的通报");
    expect(text).toContain("个别单位答复质量不高");
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载 Word/ }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync(await docx.path());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });

  test("a district leader reads the assessment and the report without the office's buttons", async () => {
    await loginAs(page, server.url, "leader");
    await page.goto(`${server.url}/assessment?year=2024`);
    await unitRow("区住房和城乡建设局").waitFor();
    await expect(page.getByRole("button", { name: "发布结果" }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/report`);
    await page.getByRole("heading", { level: 2, name: /通报$/ }).waitFor();
    await expect(page.getByRole("button", { name: "编辑通报文字" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: /下载 Word/ }).waitFor();
  });
});
