// Starts the real server in process on port 0 over a fresh database of the given kind, with the
// administrator and (optionally) the demo world seeded, and a settable clock.
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { loadConfig, type AppConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { createServer } from "../../src/http/server";
import { ensureAdmin } from "../../src/seed/admin";
import { seedDemo } from "../../src/seed/demo";
import { freshDatabase, type DatabaseKind } from "./databases";
import { GraphQLClient } from "./graphql-client";

export const TEST_ADMIN_PASSWORD = "Test-Admin-Passw0rd!";
import { DEMO_PASSWORD } from "../../src/modules/auth/password";
export { DEMO_PASSWORD };

export class TestClock {
  private fixed: Date | null = null;
  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }
  set(iso: string): void {
    this.fixed = new Date(iso);
  }
  advance(ms: number): void {
    this.fixed = new Date(this.now().getTime() + ms);
  }
  reset(): void {
    this.fixed = null;
  }
}

export interface TestServer {
  kind: DatabaseKind;
  url: string;
  dataSource: DataSource;
  config: AppConfig;
  clock: TestClock;
  /** A new client with no session. */
  client(): GraphQLClient;
  /** A new client logged in as `username`. */
  login(username: string, password?: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export async function startTestServer(kind: DatabaseKind, options: { demo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestServer> {
  const db = await freshDatabase(kind);
  const created = createDataSource(db.target);
  await created.dataSource.initialize();
  const config = loadConfig({ NODE_ENV: "test", ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, RUN_SCHEDULER: "false", ...options.env });
  await ensureAdmin(created.dataSource, config);
  if (options.demo) await seedDemo(created.dataSource);
  const clock = new TestClock();
  const server = await createServer({ config, dataSource: created.dataSource, clock, serveConsole: false });
  const running = await server.listen(0, "127.0.0.1");
  return {
    kind,
    url: running.url,
    dataSource: created.dataSource,
    config,
    clock,
    client: () => new GraphQLClient(running.url),
    async login(username, password) {
      const client = new GraphQLClient(running.url);
      const pw = password ?? (username === "admin" ? TEST_ADMIN_PASSWORD : DEMO_PASSWORD);
      await client.ok(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }`, { u: username, p: pw });
      return client;
    },
    async close() {
      await running.close();
      await created.dataSource.destroy();
      await db.drop();
    },
  };
}
