// The life of one item across roles, in a real browser against the real built server with the demo
// district: a member submits a proposal, the committee registers it, the office assigns it to the
// housing bureau (lead) and the transport bureau (co-handling) and marks it key, the co-handling unit
// sends its opinion, the lead handler logs a communication and drafts the reply, the unit leader
// signs it off, the office reviews it, the member rates it, and the office finds it closed in the
// ledger. Then every page of the daily work is opened for console errors and screenshots.
import type { Browser, Page } from "playwright-core";
import { browserAvailable, collectPageErrors, launchBrowser, saveArtifact, screenshot } from "./support/browser";
import { graphqlAs, startDemoServer, type DemoServer } from "./support/life-server";
import { choose, confirm, dialog, expectStatus, label, loginAs, openAction, openTask } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("the life of an item in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let itemUrl = "";
  let closedBefore = 0;

  const TITLE = "关于在滨江新城增设公共停车泊位的提案";
  const BODY = "滨江新城商业区停车位严重不足，早晚高峰车辆沿路停放，影响通行。\n建议：\n一、利用边角地建设立体停车库；\n二、推动机关单位停车场错时开放。";
  const CO_USER = "jiaotong.jbr";
  const CO_PASSWORD = "Jiaotong-2026";

  beforeAll(async () => {
    server = await startDemoServer();
    // The demo has users of the housing bureau only: the co-handling unit's handler is set up here.
    const admin = await graphqlAs(server.url, "admin", server.adminPassword);
    const units = await admin<{ units: { items: { id: string; name: string }[] } }>(
      "query($o: UnitListOptions) { units(options: $o) { items { id name } } }",
      { o: { filter: { search: "交通运输" } } },
    );
    const transport = units.units.items.find((u) => u.name === "区交通运输局");
    if (!transport) throw new Error("the demo has no 区交通运输局");
    await admin("mutation($i: UserInput!) { createUser(input: $i) { id } }", {
      i: { username: CO_USER, password: CO_PASSWORD, displayName: "交通局 王磊（经办人）", roles: ["UNIT_HANDLER"], unitId: transport.id },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server) saveArtifact("life-server.log", server.output());
    await server?.stop();
  });

  let step = 0;
  afterEach(async () => {
    // What the page showed at the end of each step, to explain a failure.
    step += 1;
    await screenshot(page, `life-step-${String(step).padStart(2, "0")}`).catch(() => undefined);
    expect(pageErrors.splice(0)).toEqual([]);
  });

  test("the office reads the number of closed items in the ledger", async () => {
    await loginAs(page, server.url, "office");
    await page.goto(`${server.url}/ledger?status=CLOSED`);
    const total = page.locator(".ant-pagination-total-text");
    await total.waitFor();
    closedBefore = Number((await total.innerText()).replace(/\D/g, ""));
    expect(closedBefore).toBeGreaterThan(0);
  });

  test("a member submits a proposal with a live character count", async () => {
    await loginAs(page, server.url, "member");
    await page.getByRole("menuitem", { name: /提交提案/ }).click();
    await page.getByRole("heading", { level: 1, name: "提交提案" }).waitFor();
    // The member is already the first proposer, in the current session.
    await page.locator("ol[aria-label='提出人'] li", { hasText: "本人" }).waitFor();
    await page.getByRole("button", { name: label("提交") }).click();
    await page.getByText("请输入案由").waitFor();
    await page.getByLabel("案由").fill(TITLE);
    await choose(page, page.locator("form"), "提案分类", "城乡建设与规划");
    await page.getByLabel("内容").fill(BODY);
    await page.getByText(`${[...BODY].length} / 5000`).waitFor();
    await screenshot(page, "life-01-submit");
    await page.getByRole("button", { name: label("提交") }).click();
    await page.waitForURL(/\/proposals\/[^/?]+$/);
    itemUrl = page.url();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await expectStatus(page, "已提交");
    // The body keeps its line breaks, as text.
    await expect(page.getByTestId("proposal-body").innerText()).resolves.toBe(BODY);
  });

  test("the committee registers it from the workbench", async () => {
    await loginAs(page, server.url, "committee");
    await page.getByTestId("task-count-toRegister").waitFor();
    await screenshot(page, "life-02-committee-workbench");
    await openTask(page, server.url, "toRegister", TITLE);
    await dialog(page).getByText("立案后系统将按届次和类型自动编号。").waitFor();
    await confirm(page, "立案", "立案：操作成功");
    await expectStatus(page, "已立案");
  });

  test("the office assigns it to a lead and a co-handling unit, with the due dates shown", async () => {
    await loginAs(page, server.url, "office");
    await openTask(page, server.url, "toAssign", TITLE);
    const form = dialog(page);
    await form.locator("label", { hasText: "主办 + 会办" }).click();
    await choose(page, form, "主办单位", "区住房和城乡建设局", true);
    await choose(page, form, "会办单位", "区交通运输局", true);
    // Shares that do not sum to 100 are refused before any request.
    await form.getByLabel("职能比重（%）").first().fill("70");
    await form.getByLabel("职能比重（%）").nth(1).fill("20");
    await form.getByRole("button", { name: label("交办") }).click();
    await form.getByText("职能比重合计须为 100%").waitFor();
    await form.getByLabel("职能比重（%）").nth(1).fill("30");
    await form.getByText("答复期限").waitFor();
    await form.getByText("会办意见期限").waitFor();
    await screenshot(page, "life-03-assign");
    await confirm(page, "交办", "交办：操作成功");
    await expectStatus(page, "办理中");
    await page.getByTestId("assignment-区住房和城乡建设局").getByText("主办").first().waitFor();
    await page.getByTestId("assignment-区交通运输局").getByText("会办").first().waitFor();
  });

  test("the office marks it a key item with its supervising leader", async () => {
    await openAction(page, page, "重点提案");
    await dialog(page).getByLabel("领办领导").fill("副区长 林涛");
    await confirm(page, "确定", "重点提案：操作成功");
    await page.locator(".ant-tag", { hasText: "重点提案" }).first().waitFor();
  });

  test("the co-handling unit receives it and sends its opinion", async () => {
    await loginAs(page, server.url, CO_USER, CO_PASSWORD);
    await openTask(page, server.url, "toReceive", TITLE);
    await dialog(page).getByText("确认签收本件？").waitFor();
    await confirm(page, "签收", /签收.*操作成功/);
    const card = page.getByTestId("assignment-区交通运输局");
    await openAction(page, card, "发送会办意见");
    await dialog(page).getByLabel("会办意见").fill("我局将结合公交场站改造，同步规划建设公共停车泊位约200个。");
    await confirm(page, "确定", /发送会办意见.*操作成功/);
    await card.getByText("我局将结合公交场站改造").waitFor();
  });

  test("the lead handler receives it, logs a communication and drafts the reply", async () => {
    await loginAs(page, server.url, "handler");
    await openTask(page, server.url, "toReceive", TITLE);
    await confirm(page, "签收", /签收.*操作成功/);
    const card = page.getByTestId("assignment-区住房和城乡建设局");
    await openAction(page, card, "记录沟通");
    await dialog(page).getByLabel("参与人员").fill("提案人、住建局张明");
    await dialog(page).getByLabel("沟通情况").fill("电话联系提案人，介绍停车设施建设计划，提案人表示认可。");
    await confirm(page, "确定", /记录沟通.*操作成功/);
    await card.getByText("电话联系提案人").waitFor();
    await openAction(page, card, "拟写答复");
    const form = dialog(page);
    await form.getByText(/^A /).click();
    await form.getByLabel("答复内容").fill("感谢您的提案。\n我局已将滨江新城立体停车库纳入年度建设计划，预计新增泊位500个。");
    await form.getByLabel("文号").fill("滨住建提〔2025〕31号");
    await form.getByLabel("签发人").fill("黄立");
    await form.getByLabel("联系人").fill("张明");
    await screenshot(page, "life-04-reply-editor");
    await confirm(page, "保存并提交签发", "答复已提交签发");
    await page.getByTestId("reply-区住房和城乡建设局").getByText("待签发").waitFor();
  });

  test("the unit leader signs the reply off", async () => {
    await loginAs(page, server.url, "unitleader");
    await openTask(page, server.url, "toSignOff", TITLE);
    await dialog(page).getByText("签发后将送督查室审核。").waitFor();
    await confirm(page, "签发", /签发.*操作成功/);
    await page.getByTestId("reply-区住房和城乡建设局").getByText("待审核").waitFor();
  });

  test("the office reviews the key item's reply with a quality score", async () => {
    await loginAs(page, server.url, "office");
    await openTask(page, server.url, "repliesToReview", TITLE);
    await dialog(page).getByLabel("质量评分（0–100）").fill("92");
    await screenshot(page, "life-05-review");
    await confirm(page, "确定", /审核通过并答复.*操作成功/);
    await expectStatus(page, "已答复");
    await page.getByTestId("reply-区住房和城乡建设局").getByText("92").waitFor();
  });

  test("the member sees the notification and rates the reply, which closes the item", async () => {
    await loginAs(page, server.url, "member");
    const bell = page.getByTestId("notification-bell");
    await bell.click();
    await page.locator(".ant-popover [data-testid=notification]", { hasText: TITLE }).first().waitFor();
    await screenshot(page, "life-06-notifications-dropdown");
    await page.keyboard.press("Escape");
    await openTask(page, server.url, "toRate", TITLE);
    const form = dialog(page);
    await form.getByRole("radio", { name: "是" }).check();
    await form.locator("#feedback_attitude").getByRole("radio", { name: "满意", exact: true }).check();
    await form.locator("#feedback_result").getByRole("radio", { name: "满意", exact: true }).check();
    await confirm(page, "评价答复", /评价答复.*操作成功/);
    await expectStatus(page, "已办结");
  });

  test("the office finds the item closed in the ledger, and one more closed item", async () => {
    await loginAs(page, server.url, "office");
    await page.goto(`${server.url}/ledger?status=CLOSED`);
    await page.locator(".ant-pagination-total-text", { hasText: String(closedBefore + 1) }).waitFor();
    await page.getByLabel("搜索案由、内容或编号").fill("停车泊位");
    await page.getByLabel("搜索案由、内容或编号").press("Enter");
    await page.getByRole("row").filter({ hasText: TITLE }).filter({ hasText: "已办结" }).waitFor();
    // The export link carries the same filter as the list.
    await expect(page.getByTestId("ledger-export").getAttribute("href")).resolves.toBe(`/export/ledger.xlsx?status=CLOSED&search=${encodeURIComponent("停车泊位")}`);
    await page.goto(itemUrl);
    await page.getByTestId("event").filter({ hasText: "评价后办结" }).waitFor();
    await screenshot(page, "life-07-item-closed");
  });

  test.each([
    ["office", "/workbench", "工作台", "life-10-office-workbench"],
    ["office", "/ledger", "台账", "life-11-ledger"],
    ["handler", "/workbench", "工作台", "life-12-handler-workbench"],
    ["handler", "/notifications", "消息通知", "life-13-notifications"],
    ["committee", "/submit", "代录提案", "life-14-staff-entry"],
    ["leader", "/workbench", "工作台", "life-15-leader-workbench"],
  ])("%s opens %s without console errors", async (user, path, heading, shot) => {
    await loginAs(page, server.url, user);
    await page.goto(`${server.url}${path}`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, shot);
  });

  test("the item page reads in English too", async () => {
    await loginAs(page, server.url, "office");
    await page.goto(itemUrl);
    await page.getByLabel("语言").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "English" }).click();
    await page.getByText("Handling units").first().waitFor();
    await screenshot(page, "life-16-item-english");
    await page.getByLabel("Language").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "简体中文" }).click();
    await page.getByText("承办单位办理情况").waitFor();
  });
});
