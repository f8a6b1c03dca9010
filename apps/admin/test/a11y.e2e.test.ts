// Accessibility of the main pages, checked by axe-core in a real browser against the real built
// server with the demo district, each page as the role that works in it. Any serious or critical
// violation fails; every finding (of any impact) is written to test-artifacts/console/a11y.json.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { browserAvailable, collectPageErrors, launchBrowser, saveArtifact } from "./support/browser";
import { graphqlAs, startDemoServer, type DemoServer } from "./support/life-server";
import { loginAs } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

interface Finding {
  page: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

describeBrowser("accessibility of the main pages (axe-core)", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let itemId = "";
  const findings: Finding[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    const office = await graphqlAs(server.url, "office", "Demo@2026");
    const list = await office<{ proposals: { items: { id: string }[] } }>("query { proposals(options: { filter: { status: [HANDLING] }, take: 1 }) { items { id } } }");
    itemId = list.proposals.items[0]?.id ?? "";
    browser = await launchBrowser();
    // AxeBuilder opens a helper page in the same context: the page must come from an explicit context.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterAll(async () => {
    saveArtifact("a11y.json", JSON.stringify(findings, null, 2));
    await browser?.close();
    if (server) saveArtifact("a11y-server.log", server.output());
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  /** Opens the page, waits for its heading and data, runs axe; returns the serious and critical ones. */
  async function check(name: string, path: string, ready: () => Promise<unknown>): Promise<string[]> {
    await page.goto(`${server.url}${path}`);
    await ready();
    await page.waitForLoadState("networkidle");
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations) {
      findings.push({ page: name, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) });
    }
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }

  const h1 = (text: string) => () => page.getByRole("heading", { level: 1, name: text }).waitFor();

  test("the login page", async () => {
    const problems = await check("login", "/login", () => page.getByLabel("用户名").waitFor());
    expect(problems).toEqual([]);
  });

  test("the office's pages: workbench, ledger, an item, dashboard, assessment, report", async () => {
    await loginAs(page, server.url, "office");
    const problems = [
      ...(await check("workbench", "/workbench", () => page.locator('[data-testid^="task-count-"]').first().waitFor())),
      ...(await check("ledger", "/ledger", () => page.locator("tr.ant-table-row").first().waitFor())),
      ...(await check("item", `/proposals/${itemId}`, () => page.getByRole("heading", { level: 1 }).waitFor())),
      ...(await check("dashboard", "/dashboard?year=2025", () => page.getByTestId("kpi-HANDLED").waitFor())),
      ...(await check("assessment", "/assessment?year=2024", () => page.locator("tr.ant-table-row").first().waitFor())),
      ...(await check("report", "/report", () => page.getByRole("heading", { level: 2 }).first().waitFor())),
    ];
    expect(problems).toEqual([]);
  });

  test("the administrator's pages: units, users, rule sets, holidays, API tokens", async () => {
    await loginAs(page, server.url, "admin", server.adminPassword);
    const problems = [
      ...(await check("units", "/settings/units", () => page.locator("tr.ant-table-row").first().waitFor())),
      ...(await check("users", "/settings/users", () => page.locator("tr.ant-table-row").first().waitFor())),
      ...(await check("rule sets", "/settings/rule-sets", () => page.getByRole("tab", { name: "提案" }).waitFor())),
      ...(await check("holidays", "/settings/holidays?year=2025", h1("节假日"))),
      ...(await check("api tokens", "/settings/api-tokens", h1("API 令牌"))),
    ];
    expect(problems).toEqual([]);
  });
});
