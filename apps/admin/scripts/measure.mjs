// Measures what a user waits for (npm run measure -w @jyta/admin, after building the console and
// the API): the initial JavaScript of the login page and of the workbench route (gzip, from the Vite
// build manifest: the entry chunk, the route's lazy chunk, and everything they import statically),
// and the time from submitting the login form until the workbench shows its task groups (headless
// Debian chromium against the built server with the demo data; the median of several runs, each in
// a fresh browser context). Writes MEASUREMENTS.md beside this script's package.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ADMIN = path.resolve(HERE, "..");
const REPO = path.resolve(ADMIN, "..", "..");
const DIST = path.join(ADMIN, "dist");
const MANIFEST = path.join(DIST, ".vite", "manifest.json");
const SERVER_MAIN = path.join(REPO, "apps", "api", "dist", "main.js");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const RUNS = Number(process.env.MEASURE_RUNS || 7);
const BUDGET_KB = 300;
const BUDGET_MS = 1500;
// What each route renders: its lazy page, and for signed-in routes the lazy frame (menu, header).
const ROUTES = {
  login: ["src/pages/login/LoginPage.tsx"],
  workbench: ["src/app/AppLayout.tsx", "src/pages/workbench/WorkbenchPage.tsx"],
};

// ---- Initial JavaScript, from the manifest ----

function closure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith(".js"));
}

function gzipKb(files) {
  const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

function initialJs() {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run build -w @jyta/admin\` first`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const out = {};
  for (const [name, pages] of Object.entries(ROUTES)) {
    const files = closure(manifest, [entry, ...pages]);
    out[name] = { kb: gzipKb(files), files: files.length };
  }
  return out;
}

// ---- Login to workbench, in chromium ----

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer() {
  if (!fs.existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run \`npm run build -w @jyta/api\` first`);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jyta-measure-"));
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "true", RUN_SCHEDULER: "false", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not healthy:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}

async function loginToWorkbench(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  try {
    await page.goto(`${url}/login`);
    await page.getByLabel("用户名").fill("office");
    await page.getByLabel("密码").fill("Demo@2026");
    const submit = page.getByRole("button", { name: /^登\s*录$/ });
    await submit.waitFor();
    const start = performance.now();
    await submit.click();
    await page.locator('[data-testid^="task-count-"]').first().waitFor({ state: "visible", timeout: 30_000 });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function loginTimes() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    await loginToWorkbench(browser, server.url); // warm-up: the server's first queries plan and cache
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await loginToWorkbench(browser, server.url));
    return times.map((t) => Math.round(t));
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ---- Report ----

const js = initialJs();
const load = os.loadavg()[0].toFixed(1);
const times = await loginTimes();
const med = Math.round(median(times));
const ok = (v, budget) => (v <= budget ? "✅ within budget" : "❌ over budget");
const today = new Date().toISOString().slice(0, 10);
const md = `# Console measurements

Measured ${today} by \`npm run measure -w @jyta/admin\` (\`apps/admin/scripts/measure.mjs\`) on this
project's machine kind (2 cores), against the production builds (\`apps/admin/dist\`, \`apps/api/dist\`).

| What | Measured | Budget | |
|---|---|---|---|
| Initial JavaScript, login page (gzip) | ${js.login.kb} kB in ${js.login.files} files | ≤ ${BUDGET_KB} kB | ${ok(js.login.kb, BUDGET_KB)} |
| JavaScript of the workbench route (gzip; fetched in the background while the login page is idle) | ${js.workbench.kb} kB in ${js.workbench.files} files | — | |
| Login submitted → workbench shows its task groups (median of ${times.length}) | ${med} ms | < ${BUDGET_MS} ms | ${ok(med, BUDGET_MS - 1)} |

- Initial JavaScript: from the Vite build manifest, the entry chunk plus the route's lazy page chunk
  and every chunk they import statically (what the browser must fetch before the page can render),
  each gzipped at level 9. ECharts is imported only by the dashboard and assessment chunks.
- Login → workbench: headless Debian chromium, a fresh browser context per run (empty cache; the
  login page prefetches the signed-in frame and the workbench when idle, as it does for users), the demo data (\`SEED_DEMO=true\`), user \`office\`; from the click on 登录 until
  the first task-group count is visible. Runs: ${times.join(", ")} ms (one warm-up run not counted;
  1-minute load average ${load} on ${os.cpus().length} cores when it started: other work on the machine slows it).
`;
fs.writeFileSync(path.join(ADMIN, "MEASUREMENTS.md"), md);
console.log(md);
if (js.login.kb > BUDGET_KB || med >= BUDGET_MS) process.exitCode = 1;
