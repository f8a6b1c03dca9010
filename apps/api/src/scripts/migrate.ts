// Applies pending migrations to the configured database (DATABASE_URL, or PGlite in DATA_DIR) and exits.
import "reflect-metadata";
import { loadConfig } from "../config";
import { describeDatabase, openDatabase } from "../db/open-database";

async function main(): Promise<void> {
  const config = loadConfig();
  const { dataSource } = await openDatabase(config);
  console.log(`Migrations applied on ${describeDatabase(config)}.`);
  await dataSource.destroy();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
