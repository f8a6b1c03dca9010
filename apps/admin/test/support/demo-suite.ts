// The shared frame of a browser suite on the demo district: the real built server seeded with the
// demo, one Chromium page (zh-CN, 1440×900), its console errors collected and asserted empty after
// every test, and the server's output kept as an artefact. Register it first in a `describe`.
import type { Browser, Page } from "playwright-core";
import { collectPageErrors, launchBrowser, saveArtifact } from "./browser";
import { startDemoServer, type DemoServer } from "./life-server";

export interface DemoSuite {
  readonly server: DemoServer;
  readonly page: Page;
}

export function useDemoBrowser(name: string, options: { acceptDownloads?: boolean } = {}): DemoSuite {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: options.acceptDownloads ?? false });
    page.setDefaultTimeout(20_000);
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server) saveArtifact(`${name}-server.log`, server.output());
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  return {
    get server() {
      if (!server) throw new Error("demo server not started");
      return server;
    },
    get page() {
      if (!page) throw new Error("browser page not open");
      return page;
    },
  };
}
