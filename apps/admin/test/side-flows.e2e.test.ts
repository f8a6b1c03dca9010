// The side flows of an item (DOMAIN.md §2) in a real browser against the real built server with the
// demo district, each step through the console's own buttons and forms: a unit's return request and
// the office's reassignment, an extension approved (and a second one rejected), a decline, a merge
// and a re-handling after a dissatisfied rating. The demo holds an item in the right state for each
// but the merge (the member submits a near duplicate); GraphQL only sets up, finds the items, adds a
// login for the replacing unit and reads the state back.
import { addCalendarDays, addCalendarMonths, compareLocalDates, localDateAt } from "@jyta/domain";
import { browserAvailable, screenshot } from "./support/browser";
import { useDemoBrowser } from "./support/demo-suite";
import { DEMO_PASSWORD, graphqlAs } from "./support/life-server";
import { choose, confirm, dialog, expectStatus, label, loginAs, openAction, openTask } from "./support/life-steps";
import { createUnitHandler, itemIdByTitle, itemState, submitNearDuplicate, type GraphQLCall } from "./support/side-flow-data";

const describeBrowser = browserAvailable() ? describe : describe.skip;

// Demo items (apps/api/src/seed/demo-items-current.ts) in the state each flow starts from.
const TITLES = {
  /** Assigned two days ago to the housing bureau alone, not yet received: inside the return window. */
  gas: "关于推进城镇燃气管道老化更新改造的提案",
  /** Received by the housing bureau long ago, overdue, no extension asked yet. */
  garage: "关于整治住宅小区地下车库渗漏问题的提案",
  /** Submitted by the demo member, waiting for the committee. */
  ebike: "关于加强电动自行车充电安全管理的提案",
  /** Registered: the primary of a merge (the demo has merged one item into it already). */
  elevatorPrimary: "关于加快推进既有住宅加装电梯工作的提案",
  /** Replied by the housing bureau, waiting for the demo member's rating. */
  fund: "关于加强住宅专项维修资金使用管理的提案",
} as const;
type ItemKey = keyof typeof TITLES;

const HOUSING = "区住房和城乡建设局";
const NEW_UNIT = "市自然资源局滨江分局";
const NEW_UNIT_USER = { username: "ziran.jbr", password: "Ziran-2026-Pw", displayName: "自然资源分局 赵婷（经办人）" };

describeBrowser("side flows of an item in Chromium", () => {
  const suite = useDemoBrowser("side-flows");
  let admin: GraphQLCall;
  let office: GraphQLCall;
  const ids = {} as Record<ItemKey, string>;

  beforeAll(async () => {
    const { url, adminPassword } = suite.server;
    admin = await graphqlAs(url, "admin", adminPassword);
    office = await graphqlAs(url, "office", DEMO_PASSWORD);
    for (const key of Object.keys(TITLES) as ItemKey[]) ids[key] = await itemIdByTitle(admin, TITLES[key]);
    // The demo has logins of the housing bureau only: the unit that takes the returned item gets one.
    await createUnitHandler(admin, NEW_UNIT, NEW_UNIT_USER);
  });

  const page = () => suite.page;
  const unitCard = (unit: string) => page().getByTestId(`assignment-${unit}`);
  const reassignButton = () => page().getByRole("button", { name: label("重新交办") });

  async function openItem(key: ItemKey): Promise<void> {
    await page().goto(`${suite.server.url}/proposals/${ids[key]}`);
    await page().getByRole("heading", { level: 1, name: TITLES[key] }).waitFor();
  }

  /** The item page's header actions have rendered (the office may always mark an item in handling key). */
  async function officeActionsShown(): Promise<void> {
    await page().getByRole("group", { name: "可执行的操作" }).getByRole("button", { name: "重点提案" }).waitFor();
  }

  describe("退回 and 重新交办", () => {
    const REASON = "燃气管道更新改造属城镇燃气主管部门职责，建议改由市自然资源局滨江分局会同燃气企业办理。";

    test("the housing bureau requests the return of a new assignment, inside the window, with a reason", async () => {
      await loginAs(page(), suite.server.url, "handler");
      await openItem("gas");
      await openAction(page(), unitCard(HOUSING), "申请退回");
      await dialog(page()).getByText(/^退回申请截止：\d{4}-\d{2}-\d{2}$/).waitFor();
      // The reason is required.
      await dialog(page()).getByRole("button", { name: label("确定") }).click();
      await dialog(page()).getByText("请输入理由").waitFor();
      await dialog(page()).getByLabel("理由").fill(REASON);
      await screenshot(page(), "side-01-request-return");
      await confirm(page(), "确定", "申请退回：操作成功");
      const requests = page().getByRole("table", { name: "退回申请" });
      await requests.getByRole("row").filter({ hasText: REASON }).filter({ hasText: "待审批" }).waitFor();
      expect((await itemState(office, ids.gas)).assignments.map((a) => a.status)).toEqual(["RETURN_REQUESTED"]);
    });

    test("the office sees no 重新交办 before approving, then approves the return", async () => {
      await loginAs(page(), suite.server.url, "office");
      await page().goto(`${suite.server.url}/workbench`);
      await page().getByTestId("task-group-returnsToDecide").getByRole("link", { name: `查看「${TITLES.gas}」` }).click();
      await page().getByRole("heading", { level: 1, name: TITLES.gas }).waitFor();
      await officeActionsShown();
      await expect(reassignButton().count()).resolves.toBe(0);
      expect((await itemState(office, ids.gas)).availableActions).not.toContain("reassign");

      await openAction(page(), unitCard(HOUSING), "审批退回申请");
      await dialog(page()).getByText(REASON).waitFor();
      // 同意 is preselected and says what it does.
      await dialog(page()).getByText("同意后该单位的交办作废，需重新交办。").waitFor();
      await dialog(page()).getByLabel("意见（可选）").fill("同意退回，另行交办。");
      await confirm(page(), "确定", /审批退回申请.*操作成功/);
      await reassignButton().waitFor();
      await unitCard(HOUSING).waitFor({ state: "detached" });
      const state = await itemState(office, ids.gas);
      expect(state).toMatchObject({ status: "HANDLING", assignments: [] });
      expect(state.availableActions).toContain("reassign");
    });

    test("the office reassigns it (重新交办) to another unit, which finds it to receive", async () => {
      await openAction(page(), page(), "重新交办");
      const form = dialog(page());
      await expect(form.locator(".ant-modal-title").innerText()).resolves.toBe("重新交办");
      await choose(page(), form, "承办单位", NEW_UNIT, true);
      await form.getByText("答复期限").waitFor();
      await screenshot(page(), "side-02-reassign");
      await confirm(page(), "重新交办", "重新交办：操作成功");
      await unitCard(NEW_UNIT).getByText("待签收").waitFor();
      await expectStatus(page(), "办理中");
      await expect(reassignButton().count()).resolves.toBe(0);
      const state = await itemState(office, ids.gas);
      expect(state.assignments.map((a) => [a.unit.name, a.status])).toEqual([[NEW_UNIT, "PENDING"]]);
      expect(state.availableActions).not.toContain("reassign");

      await loginAs(page(), suite.server.url, NEW_UNIT_USER.username, NEW_UNIT_USER.password);
      await openTask(page(), suite.server.url, "toReceive", TITLES.gas);
      await confirm(page(), "签收", /签收.*操作成功/);
      await unitCard(NEW_UNIT).getByText("已签收").waitFor();
    });
  });

  describe("延期", () => {
    // Dates from the demo's assignment: the first request stops short of the limit, so a second fits.
    let original = "";
    let limit = "";
    let firstUntil = "";

    beforeAll(async () => {
      const a = (await itemState(office, ids.garage)).assignments[0]!;
      original = a.replyDueOn ?? "";
      limit = a.extensionLimitOn ?? "";
      firstUntil = addCalendarDays(limit, -14);
      expect(compareLocalDates(firstUntil, original)).toBeGreaterThan(0);
    });

    async function requestExtension(until: string | null, reason: string): Promise<void> {
      await loginAs(page(), suite.server.url, "handler");
      await openItem("garage");
      await openAction(page(), unitCard(HOUSING), "申请延期");
      const form = dialog(page());
      await form.getByText(`最长可延至：${limit}`).waitFor();
      if (until) {
        // Typed as a user would, then Enter takes it.
        const picker = form.getByLabel("延期至");
        await picker.click();
        await picker.fill(until);
        await picker.press("Enter");
      }
      await form.getByLabel("理由").fill(reason);
      await confirm(page(), "确定", "申请延期：操作成功");
    }

    async function decideExtension(until: string, approve: boolean, comment: string): Promise<void> {
      await loginAs(page(), suite.server.url, "office");
      await openTask(page(), suite.server.url, "extensionsToDecide", TITLES.garage);
      const form = dialog(page());
      await form.locator("strong", { hasText: until }).waitFor();
      if (!approve) await form.getByRole("radio", { name: "不同意" }).check();
      await form.getByLabel("意见（可选）").fill(comment);
      await confirm(page(), "确定", /审批延期申请.*操作成功/);
    }

    test("the housing bureau requests an extension with a reason", async () => {
      await requestExtension(firstUntil, "渗漏整治需结合雨季后的专项检测结果制定方案，申请延期答复。");
      await page().getByRole("table", { name: "延期申请" }).getByRole("row").filter({ hasText: firstUntil }).filter({ hasText: "待审批" }).waitFor();
      await screenshot(page(), "side-03-extension-requested");
    });

    test("the office approves it and the new reply due date is shown", async () => {
      await decideExtension(firstUntil, true, "同意延期，请按期答复。");
      const facts = unitCard(HOUSING).locator(".ant-descriptions");
      await facts.getByText(`${firstUntil}（原期限 ${original}）`).waitFor();
      await screenshot(page(), "side-04-extension-approved");
      const a = (await itemState(office, ids.garage)).assignments[0]!;
      expect(a).toMatchObject({ replyDueOn: firstUntil, originalReplyDueOn: original });
    });

    test("a second request, to the limit, is rejected and the due date stays", async () => {
      // The form proposes the limit itself.
      await requestExtension(null, "检测单位排期推迟，申请再次延期。");
      await decideExtension(limit, false, "已延期一次，请按延期后的期限答复。");
      const requests = unitCard(HOUSING).getByRole("table", { name: "延期申请" });
      await requests.getByRole("row").filter({ hasText: limit }).filter({ hasText: "不同意" }).waitFor();
      await unitCard(HOUSING).getByText(`${firstUntil}（原期限 ${original}）`).waitFor();
      const a = (await itemState(office, ids.garage)).assignments[0]!;
      expect(a.replyDueOn).toBe(firstUntil);
      expect(a.extensionRequests.map((r) => [r.requestedUntil, r.approved])).toEqual([
        [firstUntil, true],
        [limit, false],
      ]);
    });
  });

  describe("不予立案", () => {
    const TEXT = "所提电动自行车充电安全管理问题已列入区人大代表建议办理，为避免重复办理，本件不予立案。";

    test("committee staff decline a submitted item with a reason code and text", async () => {
      await loginAs(page(), suite.server.url, "committee");
      await openItem("ebike");
      await expectStatus(page(), "已提交");
      await openAction(page(), page(), "不予立案");
      const form = dialog(page());
      await choose(page(), form, "不予立案原因", "其他");
      await form.getByLabel("说明（提出人可见）").fill(TEXT);
      // The channel is typed and picked from the suggestions, which then close.
      await form.getByLabel("转交渠道（可选）").fill("社情");
      await page().locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "社情民意" }).click();
      await page().waitForFunction(() => document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").length === 0);
      await expect(form.getByLabel("转交渠道（可选）").inputValue()).resolves.toBe("社情民意");
      await screenshot(page(), "side-05-decline");
      await confirm(page(), "不予立案", "不予立案：操作成功");
      await expectStatus(page(), "不予立案");
      expect(await itemState(admin, ids.ebike)).toMatchObject({ status: "NOT_REGISTERED", declineReasonCode: "OTHER", declineReason: TEXT });
    });

    test("the member sees the status and the reason", async () => {
      await loginAs(page(), suite.server.url, "member");
      await openItem("ebike");
      await expectStatus(page(), "不予立案");
      await page().getByText(`其他：${TEXT}`).waitFor();
      await page().getByText("社情民意").waitFor();
      await screenshot(page(), "side-06-declined-member");
    });
  });

  describe("并案", () => {
    const DUPLICATE = "关于进一步加快既有住宅加装电梯工作的提案";
    let duplicateId = "";

    beforeAll(async () => {
      // The demo's submitted elevator item scores 0.14 against its registered twin (the hint shows
      // from 0.3): the member submits a near duplicate, as members often do.
      duplicateId = await submitNearDuplicate(admin, await graphqlAs(suite.server.url, "member", DEMO_PASSWORD), ids.elevatorPrimary, DUPLICATE);
    });

    test("committee staff merge a submitted item into the similar registered one from the hints", async () => {
      await loginAs(page(), suite.server.url, "committee");
      await page().goto(`${suite.server.url}/proposals/${duplicateId}`);
      await page().getByRole("heading", { level: 1, name: DUPLICATE }).waitFor();
      await expectStatus(page(), "已提交");
      await openAction(page(), page(), "并案");
      const form = dialog(page());
      // The hint list names the registered item with its similarity score.
      const hint = form.locator("label.ant-radio-wrapper", { hasText: TITLES.elevatorPrimary });
      await hint.locator("[aria-label^='相似度 ']").waitFor();
      await hint.click();
      await screenshot(page(), "side-07-merge");
      await confirm(page(), "并案", "并案：操作成功");
      await expectStatus(page(), "已并案");
      expect(await itemState(admin, duplicateId)).toMatchObject({ status: "MERGED", mergedInto: { id: ids.elevatorPrimary } });
    });

    test("the merged item links to its primary, which lists it", async () => {
      await page().getByRole("link", { name: new RegExp(TITLES.elevatorPrimary) }).click();
      await page().getByRole("heading", { level: 1, name: TITLES.elevatorPrimary }).waitFor();
      await page().getByRole("link", { name: new RegExp(DUPLICATE) }).waitFor();
      await expectStatus(page(), "已立案");
    });

    test("when the hints miss the primary, staff find it by title words and merge into it", async () => {
      // The demo's joint elevator item is worded apart from its registered twin: no hint reaches 0.3.
      const JOINT = "关于加快老旧小区加装电梯的提案";
      const jointId = await itemIdByTitle(admin, JOINT);
      await page().goto(`${suite.server.url}/proposals/${jointId}`);
      await page().getByRole("heading", { level: 1, name: JOINT }).waitFor();
      await openAction(page(), page(), "并案");
      const form = dialog(page());
      await form.getByText("没有可并案的相似提案").waitFor();
      const search = form.getByLabel("按编号或标题查找", { exact: true });
      await search.fill("既有住宅加装电梯");
      await search.press("Enter");
      const found = form.locator("label.ant-radio-wrapper", { hasText: TITLES.elevatorPrimary });
      await found.getByText("查找结果").waitFor();
      // Enter searched only: the dialog did not try to merge with nothing chosen.
      expect(await form.getByText("未能完成操作").count()).toBe(0);
      await found.click();
      await screenshot(page(), "side-07b-merge-found");
      await confirm(page(), "并案", "并案：操作成功");
      await expectStatus(page(), "已并案");
      expect(await itemState(admin, jointId)).toMatchObject({ status: "MERGED", mergedInto: { id: ids.elevatorPrimary } });
    });
  });

  describe("重新办理", () => {
    test("the member rates the reply dissatisfied", async () => {
      await loginAs(page(), suite.server.url, "member");
      await openTask(page(), suite.server.url, "toRate", TITLES.fund);
      const form = dialog(page());
      await form.getByRole("radio", { name: "是" }).check();
      await form.locator("#feedback_attitude").getByRole("radio", { name: "基本满意", exact: true }).check();
      await form.locator("#feedback_result").getByRole("radio", { name: "不满意", exact: true }).check();
      await form.getByLabel("意见建议（可选）").fill("维修资金申请流程仍然繁琐，业主使用难的问题没有解决。");
      await confirm(page(), "评价答复", /评价答复.*操作成功/);
      await expectStatus(page(), "已答复");
    });

    test("the office orders re-handling: back in handling, round 2, with its own due date", async () => {
      const rules = await office<{ ruleSets: { kind: string; rehandlingDueMonths: number }[] }>("{ ruleSets { kind rehandlingDueMonths } }");
      const months = rules.ruleSets.find((r) => r.kind === "PROPOSAL")!.rehandlingDueMonths;
      // The server's today is China's civil date.
      const due = addCalendarMonths(localDateAt(new Date()), months);
      await loginAs(page(), suite.server.url, "office");
      await openTask(page(), suite.server.url, "dissatisfied", TITLES.fund);
      const form = dialog(page());
      await form.getByText(`重新办理后，承办单位须在 ${months} 个月内再次答复。`).waitFor();
      await form.getByLabel("理由").fill("提出人对答复不满意，请进一步简化维修资金使用流程后重新答复。");
      await confirm(page(), "确定", "重新办理：操作成功");
      await expectStatus(page(), "办理中");
      await page().locator(".ant-descriptions-item-content .ant-tag", { hasText: /^第 2 轮$/ }).waitFor();
      await unitCard(HOUSING).getByText(new RegExp(`^${due}（原期限 \\d{4}-\\d{2}-\\d{2}）$`)).waitFor();
      await screenshot(page(), "side-08-rehandling");
      const state = await itemState(office, ids.fund);
      expect(state).toMatchObject({ status: "HANDLING", round: 2 });
      expect(state.assignments.map((a) => [a.status, a.replyDueOn])).toEqual([["RECEIVED", due]]);
    });
  });
});
