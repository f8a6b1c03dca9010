// The benchmark only ever talks to a database on this machine, and recreates only bench databases.
import { Client } from "pg";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const PROTECTED = new Set(["postgres", "template0", "template1", "test"]);

/** DATABASE_URL, refused unless it points at this machine. */
export function loopbackUrl(url: string | undefined): string {
  if (!url) throw new Error("Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/jyta_bench");
  const parsed = new URL(url);
  if (!LOOPBACK.has(parsed.hostname)) throw new Error(`The benchmark runs on loopback only, not ${parsed.hostname}`);
  return url;
}

/** Drops and recreates the database of `url` (connecting to the `postgres` maintenance database). */
export async function recreateDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || PROTECTED.has(name) || name.startsWith("jyta_test")) throw new Error(`Refusing to recreate database "${name}"`);
  parsed.pathname = "/postgres";
  const admin = new Client({ connectionString: parsed.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}
