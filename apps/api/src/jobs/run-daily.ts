// `npm run job:daily -w @jyta/api`: runs the daily job once against the configured database and
// prints what it did, for cron on servers that run with RUN_SCHEDULER=false. With the embedded
// PGlite the data folder belongs to one process: stop the server first (or let its timer do it).
import "reflect-metadata";
import { loadConfig } from "../config";
import { describeDatabase, openDatabase } from "../db/open-database";
import { log } from "../log";
import { runDailyJob } from "./daily-job";

async function main(): Promise<void> {
  const config = loadConfig();
  log.setLevel(config.logLevel);
  const { dataSource } = await openDatabase(config);
  try {
    const result = await runDailyJob(dataSource, config, new Date());
    console.log(`Daily job on ${describeDatabase(config)}: ${JSON.stringify(result)}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
