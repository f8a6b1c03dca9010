// Which databases the API tests run on, and how each test file gets its own fresh, migrated one.
// PGlite always (cloned from a template dump built once in global setup); PostgreSQL too when
// TEST_DATABASE_URL or DATABASE_URL is set (a new database per file, from a migrated template).
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DatabaseTarget } from "../../src/db/data-source";

export type DatabaseKind = "pglite" | "postgres";

export const TEMPLATE_ENV = { pgliteDump: "JYTA_TEST_PGLITE_TEMPLATE", pgTemplate: "JYTA_TEST_PG_TEMPLATE" } as const;

export function postgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export function databaseKinds(): DatabaseKind[] {
  return postgresUrl() ? ["pglite", "postgres"] : ["pglite"];
}

/** The pid embedded in a test database's name (jyta_test_<pid>_… or jyta_test_template_<pid>). */
export function ownerPid(database: string): number | null {
  const m = /^jyta_test_(?:template_)?(\d+)(?:_|$)/.exec(database);
  return m ? Number(m[1]) : null;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database for one test file; `drop` removes it afterwards (PostgreSQL only). */
export async function freshDatabase(kind: DatabaseKind): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (kind === "pglite") {
    const dump = process.env[TEMPLATE_ENV.pgliteDump];
    if (!dump) throw new Error("PGlite template missing: run the API tests through jest (global setup builds it)");
    return { target: { kind: "pglite", loadDataDir: new Blob([fs.readFileSync(dump)]) }, drop: async () => {} };
  }
  const url = postgresUrl();
  const template = process.env[TEMPLATE_ENV.pgTemplate];
  if (!url || !template) throw new Error("PostgreSQL template missing");
  const name = `jyta_test_${process.pid}_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    target: { kind: "postgres", url: withDatabase(url, name), poolSize: 5 },
    drop: async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
