// The administrator's settings in a real browser against the real built server with the demo data:
// rule sets (a refused value shown under its field, a change saved and reloaded), the holiday
// calendar (the working-day calculator, marking and unmarking a day) and API tokens (the secret shown
// once, then revoked). Office staff cannot open the settings.
import type { Locator, Page } from "playwright-core";
import { browserAvailable, screenshot } from "./support/browser";
import { useDemoBrowser } from "./support/demo-suite";
import type { DemoServer } from "./support/life-server";
import { label, loginAs } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("settings in Chromium", () => {
  const suite = useDemoBrowser("settings");
  let server: DemoServer;
  let page: Page;
  beforeAll(() => {
    server = suite.server;
    page = suite.page;
  });

  const toast = (text: string | RegExp): Locator => page.locator(".ant-message-notice", { hasText: text }).first();
  const activeTab = (): Locator => page.getByRole("tabpanel");

  test("rule sets: a value out of range is refused under its field, a valid one is saved", async () => {
    await loginAs(page, server.url, "admin", server.adminPassword);
    await page.goto(`${server.url}/settings/rule-sets`);
    await page.getByRole("heading", { level: 1, name: "办理规则" }).waitFor();
    await page.getByRole("tab", { name: "提案" }).waitFor();
    const form = activeTab();
    const reply = form.getByLabel("答复期限", { exact: true });
    await reply.fill("0");
    await form.getByRole("button", { name: label("保存") }).click();
    await form.locator(".ant-form-item-explain-error", { hasText: "须在 1 至 12 之间" }).waitFor();
    await reply.fill("3");
    const extension = form.getByLabel("最长办理期限（含延期）", { exact: true });
    await extension.fill("2");
    await form.getByRole("button", { name: label("保存") }).click();
    await form.locator(".ant-form-item-explain-error", { hasText: "不能小于“答复期限”" }).waitFor();
    await screenshot(page, "settings-rule-set-problem");
    await extension.fill("6");
    await form.getByLabel("临期提醒天数", { exact: true }).fill("12");
    await form.getByRole("button", { name: label("保存") }).click();
    await toast("保存成功").waitFor();
    await page.reload();
    await expect(activeTab().getByLabel("临期提醒天数", { exact: true }).inputValue()).resolves.toBe("12");
    await activeTab().getByText(/^最近修改：/).waitFor();
  });

  test("rule sets: categories are edited as a list, and one must count as solved", async () => {
    await page.getByRole("tab", { name: "微建议" }).click();
    await page.waitForURL(/kind=MICRO_SUGGESTION/);
    const form = page.locator("form#rules_MICRO_SUGGESTION");
    await form.getByLabel("计为解决 1", { exact: true }).uncheck();
    await form.getByRole("button", { name: label("保存") }).click();
    await form.getByRole("alert").filter({ hasText: "至少要有一类“计为解决”" }).waitFor();
    await form.getByLabel("计为解决 1", { exact: true }).check();
    await form.getByRole("button", { name: "新增一行" }).first().click();
    await form.getByRole("button", { name: label("保存") }).click();
    await form.locator(".ant-form-item-explain-error", { hasText: "必填" }).first().waitFor();
    await form.getByRole("button", { name: "删除答复分类第 5 行" }).click();
    await form.getByRole("button", { name: label("保存") }).click();
    await toast("保存成功").waitFor();
    await screenshot(page, "settings-rule-sets");
  });

  test("holidays: the 2025 calendar and the working-day calculator", async () => {
    await page.goto(`${server.url}/settings/holidays?year=2025`);
    await page.getByRole("heading", { level: 1, name: "节假日" }).waitFor();
    await page.getByRole("cell", { name: "2025-10-01", exact: true }).waitFor();
    await page.getByRole("button", { name: /2025-09-28 国庆节、中秋节 调休上班$/ }).waitFor();
    // DOMAIN.md §3: 5 working days after Friday 2025-09-26 is 2025-10-10.
    const from = page.getByLabel("起始日期", { exact: true });
    await from.click();
    await from.fill("2025-09-26");
    await from.press("Enter");
    await page.getByLabel("工作日数", { exact: true }).fill("5");
    await page.locator("form#workingDays").locator("button[type=submit]").click();
    await page.getByTestId("working-day-result").filter({ hasText: "2025-09-26 之后第 5 个工作日是 2025-10-10（星期五）" }).waitFor();
    await screenshot(page, "settings-holidays");
  });

  test("holidays: a day is marked, then unmarked", async () => {
    await page.getByRole("button", { name: "标记日期" }).click();
    const drawer = page.getByRole("dialog").filter({ has: page.locator("form") });
    const date = drawer.getByLabel("日期", { exact: true });
    await date.click();
    await date.fill("2025-12-26");
    await date.press("Enter");
    await drawer.getByLabel("放假").check();
    await drawer.getByLabel("节日名称", { exact: true }).fill("区庆");
    await drawer.getByRole("button", { name: label("保存") }).click();
    await toast("保存成功").waitFor();
    const row = page.getByRole("row").filter({ hasText: "2025-12-26" });
    await row.getByText("区庆").waitFor();
    await page.getByRole("button", { name: /2025-12-26 区庆 放假$/ }).waitFor();
    await row.getByRole("button", { name: "取消标记 2025-12-26" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "取消标记" }).click();
    await toast("已取消 2025-12-26 的标记").waitFor();
    await page.getByRole("row").filter({ hasText: "2025-12-26" }).waitFor({ state: "detached" });
  });

  test("API tokens: the secret is shown once, then the token is revoked", async () => {
    await page.goto(`${server.url}/settings/api-tokens`);
    await page.getByRole("heading", { level: 1, name: "API 令牌" }).waitFor();
    await page.getByRole("button", { name: "新建令牌" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("令牌名称").fill("区政务数据共享平台");
    await modal.getByRole("button", { name: "新建令牌" }).click();
    await modal.getByText("关闭本窗口后将无法再次查看").waitFor();
    const secret = (await modal.getByTestId("api-token-secret").innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await expect(modal.getByRole("button", { name: "复制令牌" }).count()).resolves.toBe(1);
    await screenshot(page, "settings-api-token-secret");
    // The token reads the API as `Authorization: Bearer`.
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ units(options: { take: 1 }) { totalItems } }" }),
    });
    expect(res.status).toBe(200);
    await modal.getByRole("button", { name: "我已保存，关闭" }).click();
    await modal.waitFor({ state: "detached" });
    const row = page.getByRole("row").filter({ hasText: "区政务数据共享平台" });
    await row.getByText("有效").waitFor();
    await expect(row.innerText()).resolves.not.toContain(secret);
    await row.getByRole("button", { name: "吊销 区政务数据共享平台" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: label("吊销") }).click();
    await toast("已吊销“区政务数据共享平台”").waitFor();
    await row.getByText(/^已吊销/).waitFor();
    await screenshot(page, "settings-api-tokens");
  });

  test("office staff cannot open the settings", async () => {
    await loginAs(page, server.url, "office");
    await expect(page.getByRole("menuitem", { name: "系统设置" }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/settings/rule-sets`);
    await page.getByText("您没有访问此页面的权限").waitFor();
  });
});
