// Opens the configured database and brings its schema up to date with the committed migrations.
import type { AppConfig } from "../config";
import { log } from "../log";
import { createDataSource, type CreatedDataSource } from "./data-source";

export async function openDatabase(config: AppConfig): Promise<CreatedDataSource> {
  const created = createDataSource(
    config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir },
  );
  await created.dataSource.initialize();
  const applied = await created.dataSource.runMigrations({ transaction: "each" });
  if (applied.length) log.info(`applied ${applied.length} migration(s)`, { names: applied.map((m) => m.name) });
  return created;
}

export function describeDatabase(config: AppConfig): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
