// `npm start`: open (and migrate) the database, make sure there is an administrator, seed the demo
// on first start, serve API + console on one port.
import "reflect-metadata";
import { loadConfig } from "./config";
import { describeDatabase, openDatabase } from "./db/open-database";
import { createServer } from "./http/server";
import { startDailyJobScheduler } from "./jobs/scheduler";
import { log } from "./log";
import { DEMO_PASSWORD } from "./modules/auth/password";
import { ensureAdmin, StartupRefused } from "./seed/admin";
import { isEmptyDatabase, seedDemo } from "./seed/demo";

async function main(): Promise<void> {
  const config = loadConfig();
  log.setLevel(config.logLevel);
  const { dataSource } = await openDatabase(config);
  const firstStart = await isEmptyDatabase(dataSource);
  const admin = await ensureAdmin(dataSource, config);
  const logins = firstStart && config.seedDemo ? await seedDemo(dataSource) : null;

  const server = await createServer({ config, dataSource });
  const running = await server.listen(config.port, config.host);
  // Due-soon/overdue notices and feedback lapses on an hourly timer (the job is idempotent per day).
  const scheduler = config.runScheduler ? startDailyJobScheduler(dataSource, config) : null;

  const lines = [
    "",
    `  建议提案办理平台 is running on ${describeDatabase(config)}`,
    `  Console:  ${running.url}/`,
    `  GraphQL:  ${running.url}/graphql`,
  ];
  if (admin.demoPassword) lines.push(`  Admin:    admin / ${admin.demoPassword}  (demo password — set ADMIN_PASSWORD for real use)`);
  if (logins) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`);
    for (const l of logins) lines.push(`    ${l.username.padEnd(14)} ${l.role.padEnd(13)} ${l.description}`);
  }
  console.log(lines.join("\n") + "\n");

  const shutdown = async (signal: string): Promise<void> => {
    log.info(`${signal}: shutting down`);
    await scheduler?.stop();
    await running.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof StartupRefused) {
    console.error(`Refusing to start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
