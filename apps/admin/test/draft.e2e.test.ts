// A member opens one of their drafts from the item page, edits its title in the submission form
// (编辑草稿) and saves it again; the item page shows the new title and stays a draft.
import type { Browser, Page } from "playwright-core";
import { browserAvailable, collectPageErrors, launchBrowser, saveArtifact, screenshot } from "./support/browser";
import { DEMO_PASSWORD, graphqlAs, startDemoServer, type DemoServer } from "./support/life-server";
import { dialog, dialogReady, expectStatus, label, loginAs } from "./support/life-steps";

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("editing a draft in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let draftId = "";

  beforeAll(async () => {
    server = await startDemoServer();
    const member = await graphqlAs(server.url, "member", DEMO_PASSWORD);
    const ctx = await member<{ viewer: { user: { member: { id: string; body: { id: string } } } }; sessions: { id: string; isCurrent: boolean; body: { id: string } }[] }>(
      "query { viewer { user { member { id body { id } } } } sessions { id isCurrent body { id } } }",
    );
    const me = ctx.viewer.user.member;
    const session = ctx.sessions.find((s) => s.isCurrent && s.body.id === me.body.id);
    if (!session) throw new Error("the demo member has no current session");
    const created = await member<{ submitProposal: { id: string } }>("mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }", {
      i: { sessionId: session.id, kind: "PROPOSAL", submitterType: "INDIVIDUAL", title: "关于社区养老服务站建设的提案（初稿）", body: "建议在各街道建设社区养老服务站。", proposerIds: [me.id], draft: true },
    });
    draftId = created.submitProposal.id;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    page.setDefaultTimeout(20_000);
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server) saveArtifact("draft-server.log", server.output());
    await server?.stop();
  });

  afterEach(async () => {
    await screenshot(page, "draft-edit").catch(() => undefined);
    expect(pageErrors.splice(0)).toEqual([]);
  });

  test("the member edits the draft's title and saves it", async () => {
    await loginAs(page, server.url, "member");
    await page.goto(`${server.url}/proposals/${draftId}`);
    await page.getByRole("button", { name: label("编辑草稿") }).click();
    await dialogReady(page);
    const form = dialog(page);
    const title = form.getByLabel("案由", { exact: false }).first();
    await expect(title.inputValue()).resolves.toBe("关于社区养老服务站建设的提案（初稿）");
    await title.fill("关于社区养老服务站建设的提案");
    await form.getByRole("button", { name: label("保存草稿") }).click();
    await page.locator(".ant-message-notice", { hasText: "草稿已保存" }).first().waitFor();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 1, name: "关于社区养老服务站建设的提案" }).waitFor();
    await expectStatus(page, "草稿");
  });
});
