// Bounded load against the GraphQL API on loopback: logs in, then measures the item list, item detail,
// myTasks and figures (req/s, p50/p95, SQL statements per request from x-sql-count) at several
// concurrency levels and at half of the peak rate. Starts the built server itself (NODE_ENV=production)
// unless --url is given; stops by itself. Usage: see bench/README.md.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { HttpClient, login } from "./lib/http-client";
import { loopbackUrl } from "./lib/database";
import { BENCH_PASSWORD, BENCH_USERS } from "./lib/logins";
import { markdown, measure, parseOptions, type Measurement } from "./lib/measure";
import { loadSchema, scenarios, type ScenarioData } from "./lib/scenarios";
import { startServer, type ServerProcess } from "./lib/server-process";

const API_DIR = path.resolve(__dirname, "..");

/** Items for the detail request and the current CPPCC session, read from the database. */
async function scenarioData(url: string, year: number): Promise<ScenarioData> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>(`SELECT id FROM proposal WHERE status IN ('HANDLING', 'REPLIED', 'CLOSED') ORDER BY id LIMIT 1000`);
    const session = await client.query<{ id: string }>(`SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE s.is_current AND b.kind = 'CPPCC'`);
    return { ids: rows.rows.map((r) => r.id), year, sessionId: session.rows[0]?.id ?? "" };
  } finally {
    await client.end();
  }
}

export async function startApi(databaseUrl: string): Promise<ServerProcess> {
  const main = path.join(API_DIR, "dist", "main.js");
  if (!fs.existsSync(main)) throw new Error("Build the API first: npm run build -w @jyta/api");
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    EXPOSE_SQL_COUNT: "1",
    RUN_SCHEDULER: "false",
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    // A strong one-off admin password: production refuses weak ones; the benchmark never uses it.
    ADMIN_PASSWORD: `Bench-${randomBytes(12).toString("base64url")}-9!`,
  };
  return startServer(process.execPath, [main], env, "/healthz", API_DIR);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const arg = options.value;
  const databaseUrl = loopbackUrl(process.env.DATABASE_URL);
  const year = Number(arg("--year") ?? 2024);
  const only = arg("--only");
  const given = arg("--url");
  if (given && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(given).hostname)) throw new Error("--url must be a loopback address");

  const data = await scenarioData(databaseUrl, year);
  const server = given ? null : await startApi(databaseUrl);
  const base = given ?? server!.url;
  const measurements: Measurement[] = [];
  const missing: string[] = [];
  try {
    const cookies = {
      office: await login(`${base}/graphql`, BENCH_USERS.office, BENCH_PASSWORD),
      handler: await login(`${base}/graphql`, BENCH_USERS.handler, BENCH_PASSWORD),
    };
    const maxConcurrency = Math.max(...options.concurrency, 256);
    for (const scenario of scenarios(loadSchema(), data)) {
      if (only && !scenario.name.includes(only)) continue;
      if (scenario.missing) {
        missing.push(`${scenario.name}: ${scenario.missing}`);
        console.log(`  ${scenario.name.padEnd(24)} MISSING: ${scenario.missing}`);
        continue;
      }
      const client = new HttpClient(`${base}/graphql`, maxConcurrency, { cookie: cookies[scenario.user] });
      const send = (i: number) => client.post(JSON.stringify({ query: scenario.query, variables: scenario.variables?.(i) ?? {} }));
      const probe = await send(0);
      if (!probe.ok) {
        missing.push(`${scenario.name}: ${probe.error}`);
        console.log(`  ${scenario.name.padEnd(24)} FAILS: ${probe.error}`);
      } else {
        measurements.push(await measure(scenario.name, send, options, server?.child.pid));
      }
      client.close();
    }
  } finally {
    await server?.stop();
  }
  console.log(`\n${markdown(measurements)}\n`);
  if (missing.length) console.log(`Not measured:\n${missing.map((m) => `- ${m}`).join("\n")}\n`);
  const out = arg("--json");
  if (out) fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), measurements, missing }, null, 2));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
