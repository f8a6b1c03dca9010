// The console in a real browser against the real built server: an administrator logs in through the
// login page and sets up the reference data a district starts with (a body, a unit, a member, a
// user) through the forms. One journey, so the steps run in order on one page and one database.
import type { Browser, Locator, Page } from "playwright-core";
import { browserAvailable, collectPageErrors, launchBrowser, saveArtifact, screenshot } from "./support/browser";
import { startServer, type TestServer } from "./support/server";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("admin console in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  const BODY = "滨江区政协";
  const UNIT = "区住房和城乡建设局";
  const MEMBER = "林晓岚";
  const USERNAME = "zhufang.jbr";
  const HANDLER_PASSWORD = "Handler-2026";

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    page.setDefaultTimeout(15_000);
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    // Kept beside the screenshots: when a step fails, the browser alone rarely says why.
    if (server) saveArtifact("server.log", server.output());
    await server?.stop();
  });

  afterEach(() => {
    // A clean console is part of done: any error logged by the page fails the step that caused it.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  /** The open form drawer (antd renders it in a portal, as a dialog). */
  const drawer = (): Locator => page.getByRole("dialog").filter({ has: page.locator("form") });

  /** Opens an antd Select found by its label and picks the option with this text. */
  async function choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByLabel(label, { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).first().click();
  }

  async function save(): Promise<void> {
    await drawer().getByRole("button", { name: /保\s*存/ }).click();
  }

  /** Saved: the success message shows and the drawer has finished closing (it hands focus back). */
  async function expectSaved(text: string): Promise<void> {
    await page.locator(".ant-message-notice", { hasText: text }).first().waitFor();
    await page.getByRole("dialog").waitFor({ state: "detached" });
  }

  test("an anonymous visit goes to the login page, and a wrong password is refused", async () => {
    await page.goto(`${server.url}/settings/units`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: /^登\s*录$/ }).click();
    await page.getByRole("alert").filter({ hasText: "用户名或密码错误" }).waitFor();
    await screenshot(page, "01-login-refused");
  });

  test("the administrator logs in and lands where they were going", async () => {
    await page.getByLabel("密码").fill(server.adminPassword);
    await page.getByRole("button", { name: /^登\s*录$/ }).click();
    await page.waitForURL(/\/settings\/units$/);
    await page.getByRole("heading", { level: 1, name: "承办单位" }).waitFor();
    await expect(page.getByTestId("viewer-name").innerText()).resolves.toBe("系统管理员");
    await page.locator(".app-header .ant-tag", { hasText: "系统管理员" }).waitFor();
    await screenshot(page, "02-units-empty");
  });

  test("creates a body, which the member form needs", async () => {
    await page.getByRole("menuitem", { name: /提出机关/ }).click();
    await page.getByRole("heading", { level: 1, name: "提出机关" }).waitFor();
    await page.getByRole("button", { name: /新\s*建/ }).click();
    await drawer().getByLabel("机关名称").fill(BODY);
    await drawer().getByLabel("政协").check();
    await save();
    await expectSaved("创建成功");
    await page.getByRole("cell", { name: BODY, exact: true }).waitFor();
  });

  test("creates a unit through the Units form, with validation first", async () => {
    await page.getByRole("menuitem", { name: /承办单位/ }).click();
    await page.getByRole("heading", { level: 1, name: "承办单位" }).waitFor();
    await page.getByRole("button", { name: /新\s*建/ }).click();
    await drawer().getByLabel("单位名称").waitFor();
    // An empty name is caught by the form before any request.
    await save();
    await drawer().getByText("请输入单位名称").waitFor();
    await drawer().getByLabel("单位名称").fill(UNIT);
    await drawer().getByLabel("简称").fill("住建");
    await drawer().getByLabel("联系人").fill("陈志华");
    await drawer().getByLabel("联系电话").fill("0571-86000001");
    await screenshot(page, "03-unit-form");
    await save();
    await expectSaved("创建成功");
    const row = page.getByRole("row").filter({ hasText: UNIT });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain("住建");
    await screenshot(page, "04-units-list");
  });

  test("keeps the list's filters in the URL across a reload", async () => {
    await page.getByLabel("搜索单位名称或简称").fill("住建");
    await page.getByLabel("搜索单位名称或简称").press("Enter");
    await page.waitForURL(/q=%E4%BD%8F%E5%BB%BA/);
    await page.reload();
    await page.getByRole("row").filter({ hasText: UNIT }).waitFor();
    await expect(page.getByLabel("搜索单位名称或简称").inputValue()).resolves.toBe("住建");
  });

  test("creates a member of the body", async () => {
    await page.getByRole("menuitem", { name: /委员代表/ }).click();
    await page.getByRole("heading", { level: 1, name: "委员代表" }).waitFor();
    await page.getByRole("button", { name: /新\s*建/ }).click();
    await choose(drawer(), "所属机关", BODY);
    await drawer().getByLabel("姓名").fill(MEMBER);
    await drawer().getByLabel("界别/代表团").fill("经济界");
    await drawer().getByLabel("工作单位及职务").fill("滨江新材料科技有限公司 总经理");
    await save();
    await expectSaved("创建成功");
    await page.getByRole("row").filter({ hasText: MEMBER }).waitFor();
    await screenshot(page, "05-members-list");
  });

  test("creates a unit handler, whose form asks for the unit", async () => {
    await page.getByRole("menuitem", { name: /用户/ }).click();
    await page.getByRole("heading", { level: 1, name: "用户" }).waitFor();
    await page.getByRole("button", { name: /新\s*建/ }).click();
    await drawer().getByLabel("用户名").fill(USERNAME);
    await drawer().getByLabel("姓名").fill("王建军");
    await drawer().getByLabel("初始密码").fill(HANDLER_PASSWORD);
    // The unit select appears only once a unit role is ticked.
    await expect(drawer().getByLabel("所属单位", { exact: true }).count()).resolves.toBe(0);
    await drawer().getByLabel("承办单位经办人").check();
    await choose(drawer(), "所属单位", UNIT);
    await screenshot(page, "06-user-form");
    await save();
    await expectSaved("创建成功");
    const row = page.getByRole("row").filter({ hasText: USERNAME });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(UNIT);
    await screenshot(page, "07-users-list");
  });

  test("creates the current session of the body, named by custom", async () => {
    await page.getByRole("menuitem", { name: /届次/ }).click();
    await page.getByRole("heading", { level: 1, name: "届次" }).waitFor();
    await page.getByRole("button", { name: /新\s*建/ }).click();
    // The only body is preselected; the name is left to the custom (五届五次会议).
    await drawer().getByLabel("届", { exact: true }).fill("5");
    await drawer().getByLabel("次", { exact: true }).fill("5");
    await drawer().getByText("留空则使用“五届五次会议”").waitFor();
    await drawer().getByLabel("当前届次").check();
    await save();
    await expectSaved("创建成功");
    const row = page.getByRole("row").filter({ hasText: "五届五次会议" });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain("当前");
  });

  test("edits a member and takes them out of use", async () => {
    await page.getByRole("menuitem", { name: /委员代表/ }).click();
    const row = page.getByRole("row").filter({ hasText: MEMBER });
    await row.getByRole("button", { name: `编辑 ${MEMBER}` }).click();
    await drawer().getByLabel("党派").fill("民建会员");
    await save();
    await expectSaved("保存成功");
    await row.filter({ hasText: "民建会员" }).waitFor();
    await row.getByRole("button", { name: `停用 ${MEMBER}` }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: /停\s*用/ }).click();
    await page.locator(".ant-message-notice", { hasText: "已停用" }).first().waitFor();
    await row.locator(".ant-tag", { hasText: "停用" }).waitFor();
    await page.locator(".ant-popconfirm").waitFor({ state: "hidden" });
    await screenshot(page, "08-member-deactivated");
  });

  test("switches the console to English and back", async () => {
    await page.getByRole("menuitem", { name: /用户/ }).click();
    await page.getByRole("heading", { level: 1, name: "用户" }).waitFor();
    await page.getByLabel("语言").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await screenshot(page, "09-users-english");
    await page.getByLabel("Language").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "简体中文" }).click();
    await page.getByRole("heading", { level: 1, name: "用户" }).waitFor();
  });

  test("logs out to the login page", async () => {
    await page.getByRole("button", { name: /退出登录/ }).click();
    await page.waitForURL(/\/login$/);
    await page.getByRole("button", { name: /^登\s*录$/ }).waitFor();
  });

  test("a unit handler sees the workbench and ledger, not the settings", async () => {
    await page.getByLabel("用户名").fill(USERNAME);
    await page.getByLabel("密码").fill(HANDLER_PASSWORD);
    await page.getByRole("button", { name: /^登\s*录$/ }).click();
    await page.waitForURL(/\/workbench$/);
    await page.getByRole("heading", { level: 1, name: "工作台" }).waitFor();
    // The workbench shows the handler's task groups (empty on a fresh database, but there).
    await page.locator('[data-testid^="task-count-"]').first().waitFor();
    await page.locator(".app-header .ant-tag", { hasText: "承办单位经办人" }).waitFor();
    await expect(page.getByRole("menuitem", { name: /承办单位/ }).count()).resolves.toBe(0);
    await page.getByRole("menuitem", { name: /台账/ }).waitFor();
    await screenshot(page, "10-handler-workbench");
    await page.goto(`${server.url}/settings/units`);
    await page.getByText("您没有访问此页面的权限").waitFor();
  });
});
