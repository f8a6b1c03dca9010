// A digest of everything a refused call must leave as it was: one md5 per table over all its rows
// (sorted by their text form), for every table of the schema except the login bookkeeping that a
// login legitimately changes. Columns that reading alone touches are left out of the digest:
// app_user.last_login_at (set by logging in) and api_token.last_used_at (set by using the token).
import type { DataSource } from "typeorm";

/** Tables that change on login, not on any operation under test. */
const SKIPPED_TABLES = new Set(["login_session", "login_throttle", "migrations", "typeorm_metadata"]);
/** Columns per table that change by authenticating, whatever the operation. */
const SKIPPED_COLUMNS: Record<string, readonly string[]> = {
  app_user: ["last_login_at"],
  api_token: ["last_used_at"],
};

export type Digest = Readonly<Record<string, string>>;

/** Builds the one statement that digests every table (the table list is read once per database). */
export async function digestStatement(dataSource: DataSource): Promise<string> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !SKIPPED_TABLES.has(t));
  const parts = tables.map((t) => {
    const minus = (SKIPPED_COLUMNS[t] ?? []).map((c) => ` - '${c}'`).join("");
    return `'${t}', (SELECT coalesce(md5(string_agg(x.j, '|' ORDER BY x.j)), '-') FROM (SELECT (to_jsonb(t)${minus})::text AS j FROM "${t}" t) x)`;
  });
  return `SELECT json_build_object(${parts.join(", ")}) AS digest`;
}

/** The digest now: table name → md5 of its rows. */
export async function digest(dataSource: DataSource, statement: string): Promise<Digest> {
  const rows: Array<{ digest: Digest | string }> = await dataSource.query(statement);
  const value = rows[0]?.digest;
  return typeof value === "string" ? (JSON.parse(value) as Digest) : (value ?? {});
}

/** The tables whose digest differs between two digests (empty when nothing changed). */
export function changedTables(before: Digest, after: Digest): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]).sort();
}
