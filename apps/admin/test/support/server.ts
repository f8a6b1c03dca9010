// Starts the real built server (apps/api/dist/main.js) on a free port with a fresh embedded database,
// waits for /healthz, and stops it again. Its output is kept to explain a failure.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CONSOLE_INDEX, REPO_ROOT, SERVER_MAIN } from "./paths";

export interface TestServer {
  url: string;
  adminPassword: string;
  /** Everything the server printed so far. */
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

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${output()}`);
}

export interface ServerOptions {
  /** Seed the demo district (items in every state, one login per role with the demo password). */
  demo?: boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  for (const [file, hint] of [
    [SERVER_MAIN, "npm run build -w @jyta/api"],
    [CONSOLE_INDEX, "npm run build -w @jyta/admin"],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`${hint}\` from the repository root first`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jyta-console-e2e-"));
  // Strong enough for the API's administrator rule (12+ characters, three classes).
  const adminPassword = "E2e-Console-Pw-2026!";
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NODE_ENV: "test",
      SEED_DEMO: options.demo ? "true" : "false",
      ADMIN_PASSWORD: adminPassword,
      RUN_SCHEDULER: "false",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
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

  try {
    await waitForHealth(url, child, output, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, adminPassword, output, stop };
}
