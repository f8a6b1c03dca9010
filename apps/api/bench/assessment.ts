// The year-end assessment on the benchmark data (bench:generate: 52,000 items, 300 units): how long
// `assessment(year)` takes through HTTP (target < 0.5 s on PostgreSQL), with its SQL statement count,
// plus the drill-down of the busiest unit and the .xlsx export. Read-only: it logs in (one session
// row) and never publishes. Starts the API in process on a free loopback port with the data set's
// "today" (2025-11-15) as its clock, so overdue counts are what the generator meant.
//
//   NODE_ENV=production DATABASE_URL=postgres://postgres@127.0.0.1:5432/jyta_bench \
//     node -r @swc-node/register bench/assessment.ts [--years 2016-2025] [--runs 5]
import os from "node:os";
import "reflect-metadata";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createServer } from "../src/http/server";
import { loopbackUrl } from "./lib/database";
import { HttpClient, login } from "./lib/http-client";
import { BENCH_PASSWORD, BENCH_USERS } from "./lib/logins";

const AS_OF = "2025-11-15T02:00:00Z";
const TARGET_MS = 500;

const ASSESSMENT = `query($year: Int!) { assessment(year: $year) {
  year asOf units { unitId unit { name } total rank grade ranked assignmentCount
    indicators { key label weight numerator denominator points } deductions { key count points } bonuses { key count points }
    adjustments { points reason } } } }`;
const ITEMS = `query($year: Int!, $unitId: ID!) { assessmentItems(year: $year, unitId: $unitId, indicator: "onTime", part: DENOMINATOR, options: { take: 100 }) {
  totalItems items { assignmentId number title daysLate category rating } } }`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function years(): number[] {
  const spec = arg("--years") ?? "2016-2025";
  const [from, to] = spec.split("-").map(Number);
  if (!from || !Number.isInteger(from)) throw new Error(`--years like 2024 or 2016-2025, not ${spec}`);
  return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
}

const stats = (ms: number[]): { min: number; p50: number; max: number } => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { min: sorted[0]!, p50: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted[sorted.length - 1]! };
};

async function main(): Promise<void> {
  const url = loopbackUrl(process.env.DATABASE_URL);
  const runs = Number(arg("--runs") ?? 5);
  if (process.env.NODE_ENV !== "production") console.warn("NODE_ENV is not production: graphql-js runs its slower development checks");

  const { dataSource } = createDataSource({ kind: "postgres", url, poolSize: 4 });
  await dataSource.initialize();
  const config = loadConfig({ NODE_ENV: "production", EXPOSE_SQL_COUNT: "1", RUN_SCHEDULER: "false", SEED_DEMO: "false", LOG_LEVEL: "warn" });
  const clock = { now: () => new Date(AS_OF) };
  const app = await createServer({ config, dataSource, clock, serveConsole: false });
  const server = await app.listen(0, "127.0.0.1");
  try {
    const cookie = await login(`${server.url}/graphql`, BENCH_USERS.office, BENCH_PASSWORD);
    const client = new HttpClient(`${server.url}/graphql`, 1, { cookie });
    const [busiest] = (await dataSource.query(`SELECT unit_id FROM assignment WHERE voided_at IS NULL GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1`)) as Array<{ unit_id: string }>;

    console.log(`assessment(year) through HTTP, ${runs} runs after one warm-up (target p50 < ${TARGET_MS} ms)\n`);
    console.log("year  units  min ms  p50 ms  max ms  node CPU ms  SQL  items p50 ms  xlsx ms");
    let worst = 0;
    for (const year of years()) {
      const send = (query: string, variables: Record<string, unknown>) => client.post(JSON.stringify({ query, variables }));
      const warm = await send(ASSESSMENT, { year });
      if (!warm.ok) throw new Error(`assessment(${year}) failed: ${warm.error}`);
      const units = (JSON.parse(warm.text) as { data: { assessment: { units: unknown[] } } }).data.assessment.units.length;
      const samples = [];
      // Node CPU per request (server and client share this process): unlike wall time, it does not
      // grow when other processes compete for the cores.
      const cpu = process.cpuUsage();
      for (let i = 0; i < runs; i++) samples.push(await send(ASSESSMENT, { year }));
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000 / runs;
      const items = [];
      for (let i = 0; i < runs; i++) items.push(await send(ITEMS, { year, unitId: busiest!.unit_id }));
      const startedXlsx = Date.now();
      const xlsx = await fetch(`${server.url}/export/assessment.xlsx?year=${year}`, { headers: { cookie } });
      await xlsx.arrayBuffer();
      const xlsxMs = Date.now() - startedXlsx;
      if (!xlsx.ok || samples.some((s) => !s.ok) || items.some((s) => !s.ok)) throw new Error(`a request for ${year} failed`);
      const a = stats(samples.map((s) => s.ms));
      worst = Math.max(worst, a.p50);
      console.log(
        `${year}  ${String(units).padStart(5)}  ${a.min.toFixed(0).padStart(6)}  ${a.p50.toFixed(0).padStart(6)}  ${a.max.toFixed(0).padStart(6)}  ` +
          `${cpuMs.toFixed(0).padStart(11)}  ${String(samples[0]!.sqlCount).padStart(3)}  ` +
          `${stats(items.map((s) => s.ms)).p50.toFixed(0).padStart(12)}  ${String(xlsxMs).padStart(7)}`,
      );
    }
    client.close();
    const load = os.loadavg()[0]!;
    console.log(`\nworst p50: ${worst.toFixed(0)} ms — ${worst < TARGET_MS ? "within" : "OVER"} the ${TARGET_MS} ms target (1-min load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
    if (worst >= TARGET_MS) process.exitCode = 1;
  } finally {
    await server.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
