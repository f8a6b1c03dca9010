// Browser steps the life-of-an-item test repeats for every role: log in as a demo user, open a task
// from the workbench, press an action, fill and confirm its dialog, wait for the result.
import type { Locator, Page } from "playwright-core";
import { DEMO_PASSWORD } from "./life-server";

/** antd puts a space between the two characters of a two-character Chinese button label (签 收). */
export function label(text: string): RegExp {
  const body = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  return new RegExp(`^\\s*${body}\\s*$`);
}

export async function loginAs(page: Page, url: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: label("登录") }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.getByTestId("viewer-name").waitFor();
}

/** The open action dialog (antd renders it in a portal). */
export function dialog(page: Page): Locator {
  return page.getByRole("dialog").filter({ has: page.locator("form") });
}

/** Waits until the action dialog has finished opening (clicks during antd's zoom-in can be lost). */
export async function dialogReady(page: Page): Promise<void> {
  await dialog(page).waitFor();
  await page.waitForFunction(() => !document.querySelector(".ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter, .ant-modal[class*='zoom-appear-active']"));
  await page.waitForTimeout(150);
}

/** Presses an action button in `scope` and waits for its dialog. */
export async function openAction(page: Page, scope: Locator | Page, name: string): Promise<void> {
  await scope.getByRole("button", { name: label(name) }).click();
  await dialogReady(page);
}

/** From the workbench: the group's row for this title, then its 办理 button (opens the form). */
export async function openTask(page: Page, url: string, group: string, title: string): Promise<void> {
  await page.goto(`${url}/workbench`);
  const card = page.getByTestId(`task-group-${group}`);
  await card.waitFor();
  await card.getByRole("button", { name: `办理「${title}」` }).click();
  await page.waitForURL(/\/proposals\//);
  await dialogReady(page);
}

/** Picks an option of an antd Select found by its label (typing first for searched selects). */
export async function choose(page: Page, scope: Locator, fieldLabel: string, option: string, type = false): Promise<void> {
  const field = scope.getByLabel(fieldLabel, { exact: true });
  await field.click();
  if (type) await field.fill(option);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).last().click();
  // Wait for the list to close, so the next pick cannot land in this one while it fades out.
  await page.waitForFunction(() => document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").length === 0);
}

/** Presses the dialog's button and waits for the success toast and the dialog to go. */
export async function confirm(page: Page, button: string, toast: string | RegExp): Promise<void> {
  await dialog(page).getByRole("button", { name: label(button) }).click();
  await page.locator(".ant-message-notice", { hasText: toast }).first().waitFor();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/** The item page's status tag shows `status`. */
export async function expectStatus(page: Page, status: string): Promise<void> {
  await page.locator(".ant-descriptions-item-content .ant-tag", { hasText: new RegExp(`^${status}$`) }).first().waitFor();
}
