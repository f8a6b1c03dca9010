// 统计 in a real browser against the real built server with the demo district: the office reads the
// 2024 figures (the seed report's 42 items, all replied and satisfied), drills from a card, a chart
// link and the unit table into the items behind them, changes the slice (kept in the URL), and a
// unit handler sees their own unit's figures only.
import type { Locator, Page } from "playwright-core";
import { browserAvailable, screenshot } from "./support/browser";
import { useDemoBrowser } from "./support/demo-suite";
import type { DemoServer } from "./support/life-server";
import { choose, label, loginAs } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("the dashboard in Chromium", () => {
  const suite = useDemoBrowser("dashboard");
  let server: DemoServer;
  let page: Page;
  beforeAll(() => {
    server = suite.server;
    page = suite.page;
  });

  const kpi = (figure: string): Locator => page.getByTestId(`kpi-${figure}`);
  const drawer = (): Locator => page.getByRole("dialog");
  const closeDrawer = async () => {
    await drawer().getByRole("button", { name: "关闭" }).first().click();
    await drawer().waitFor({ state: "hidden" });
  };

  test("the office sees the 2024 figures of the seed report", async () => {
    await loginAs(page, server.url, "office");
    await page.getByRole("menuitem", { name: "统计分析" }).click();
    await page.getByRole("heading", { level: 1, name: "统计分析" }).waitFor();
    await page.getByLabel("年度", { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2024 年" }).click();
    await page.waitForURL(/year=2024/);
    await kpi("HANDLED").getByRole("button", { name: /^需办理件数\s*42\s*已办复 42 件$/ }).waitFor();
    await kpi("REPLY_RATE").getByText("100%").waitFor();
    await kpi("SATISFACTION_RATE").getByText("100%").waitFor();
    await kpi("SOLVED_RATE").getByText("42 / 42").waitFor();
    // The definition is one focus away, in words.
    await expect(kpi("REPLY_RATE").getByRole("button", { name: /办复率的计算口径/ }).count()).resolves.toBe(1);
    await page.getByRole("img", { name: /^答复分类：A 类/ }).waitFor();
    await screenshot(page, "dashboard-2024");
  });

  test("a card opens the items behind its numerator and denominator", async () => {
    await kpi("REPLY_RATE").getByRole("button", { name: /^办复率\s*100%/ }).click();
    await drawer().getByText("共 42 条").waitFor();
    await drawer().getByText("分母（全部统计范围）").click();
    await drawer().getByText("共 42 条").waitFor();
    const first = drawer().getByRole("link").first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]+$/);
    await page.getByText(title).first().waitFor();
    await page.goBack();
    await page.waitForURL(/\/dashboard\?year=2024/);
    await kpi("HANDLED").waitFor();
  });

  test("the current year: charts and the unit table lead to the open duties", async () => {
    await page.getByLabel("年度", { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2025 年" }).click();
    await page.waitForURL(/year=2025/);
    await kpi("OVERDUE").getByText("3", { exact: true }).waitFor();
    // The status chart's text link: the items in handling.
    await page.getByRole("button", { name: /^办理中 \d+ 件$/ }).click();
    await drawer().getByText(/^共 \d+ 条$/).waitFor();
    await expect(drawer().locator(".ant-tag", { hasText: "办理中" }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "dashboard-status-drill");
    await closeDrawer();
    // The unit table: the housing bureau's overdue duty.
    const row = page.getByRole("row").filter({ hasText: "区住房和城乡建设局" });
    await row.getByRole("button", { name: /已超期 1，查看明细/ }).click();
    await drawer().getByText("共 1 条").waitFor();
    await drawer().getByRole("cell", { name: "区住房和城乡建设局" }).waitFor();
    await closeDrawer();
    await screenshot(page, "dashboard-2025");
  });

  test("the slice lives in the URL: a reload shows the same figures", async () => {
    const value = kpi("HANDLED").locator("button span").nth(1);
    const all = await value.innerText();
    await page.getByText("只看重点提案").click();
    await page.waitForURL(/key=1/);
    // The key items are fewer than all items: wait for the new figures to land.
    await page.waitForFunction(
      ([selector, before]) => document.querySelector(selector)?.textContent !== before,
      ['[data-testid="kpi-HANDLED"] button span:nth-child(2)', all] as const,
    );
    const handled = await kpi("HANDLED").locator("button").first().innerText();
    await page.reload();
    await kpi("HANDLED").waitFor();
    await page.waitForLoadState("networkidle");
    await expect(kpi("HANDLED").locator("button").first().innerText()).resolves.toBe(handled);
    await expect(page.getByRole("checkbox", { name: "只看重点提案" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: label("重置") }).click();
    await page.waitForURL((u) => u.search === "");
  });

  test("a unit handler sees their own unit's figures only", async () => {
    await loginAs(page, server.url, "handler");
    await page.getByRole("menuitem", { name: "统计分析" }).click();
    await page.getByText(/^区住房和城乡建设局的办理数据/).waitFor();
    await expect(page.getByLabel("承办单位", { exact: true }).count()).resolves.toBe(0);
    await kpi("HANDLED").waitFor();
    const rows = page.locator(".ant-card", { hasText: "各承办单位办理情况" }).locator("tbody tr.ant-table-row");
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain("区住房和城乡建设局");
    await screenshot(page, "dashboard-unit");
  });

  test("in English", async () => {
    await choose(page, page.locator(".app-header"), "语言", "English");
    await page.getByRole("heading", { level: 1, name: "Statistics" }).waitFor();
    await kpi("REPLY_RATE").getByText("Reply rate").waitFor();
    await choose(page, page.locator(".app-header"), "Language", "简体中文");
    await page.getByRole("heading", { level: 1, name: "统计分析" }).waitFor();
  });
});
