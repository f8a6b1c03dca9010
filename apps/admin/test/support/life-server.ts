// The real built server with the demo district seeded (SEED_DEMO=true): items in every state and one
// login per role (password Demo@2026), on a free port with a fresh data folder, for the life-of-an-item
// browser test. Also a tiny GraphQL client for setup steps the journey does not test.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CONSOLE_INDEX, REPO_ROOT, SERVER_MAIN } from "./paths";

export const DEMO_PASSWORD = "Demo@2026";

export interface DemoServer {
  url: string;
  adminPassword: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

export async function startDemoServer(): Promise<DemoServer> {
  for (const file of [SERVER_MAIN, CONSOLE_INDEX]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build @jyta/api and @jyta/admin first`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jyta-life-e2e-"));
  const adminPassword = "E2e-Life-Admin-2026!";
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SEED_DEMO: "true",
      ADMIN_PASSWORD: adminPassword,
      RUN_SCHEDULER: "false",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with code ${child.exitCode}:\n${log}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not healthy in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, adminPassword, output: () => log, stop };
}

/** A logged-in GraphQL session over plain fetch (the session cookie kept by hand). */
export async function graphqlAs(url: string, username: string, password: string) {
  let cookie = "";
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0] ?? "";
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  await call("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }", { u: username, p: password });
  return call;
}
