// The baseline comparison: the hand-written single-SQL list server (lib/baseline-server.ts) and then
// the API's list, each started as its own process and measured by the same load code, with the ratio
// of their peak throughputs. `--serve` runs the baseline server itself (used by this script).
import path from "node:path";
import { HttpClient, login } from "./lib/http-client";
import { loopbackUrl } from "./lib/database";
import { BENCH_PASSWORD, BENCH_USERS } from "./lib/logins";
import { markdown, measure, parseOptions, type Measurement } from "./lib/measure";
import { serveBaseline } from "./lib/baseline-server";
import { LIST, LIST_TOTAL } from "./lib/scenarios";
import { startServer } from "./lib/server-process";
import { startApi } from "./load";

async function main(): Promise<void> {
  const databaseUrl = loopbackUrl(process.env.DATABASE_URL);
  if (process.argv.includes("--serve")) return serveBaseline(databaseUrl, Number(process.env.PORT));
  const options = parseOptions(process.argv.slice(2));
  const apiDir = path.resolve(__dirname, "..");
  const measurements: Measurement[] = [];

  const baseline = await startServer(process.execPath, ["-r", "@swc-node/register", path.join(__dirname, "baseline.ts"), "--serve"], { PATH: process.env.PATH, DATABASE_URL: databaseUrl, NODE_ENV: "production" }, "/healthz", apiDir);
  try {
    for (const [name, route] of [["baseline list", "/list"], ["baseline list + total", "/list-total"]] as const) {
      const client = new HttpClient(baseline.url + route, 256);
      measurements.push(await measure(name, () => client.post("{}"), options, baseline.child.pid));
      client.close();
    }
  } finally {
    await baseline.stop();
  }

  const api = await startApi(databaseUrl);
  try {
    const cookie = await login(`${api.url}/graphql`, BENCH_USERS.office, BENCH_PASSWORD);
    for (const [name, query] of [["API list", LIST], ["API list + totalItems", LIST_TOTAL]] as const) {
      const client = new HttpClient(`${api.url}/graphql`, 256, { cookie });
      const body = JSON.stringify({ query });
      const probe = await client.post(body);
      if (!probe.ok) console.log(`  ${name}: FAILS: ${probe.error}`);
      else measurements.push(await measure(name, () => client.post(body), options, api.child.pid));
      client.close();
    }
  } finally {
    await api.stop();
  }

  console.log(`\n${markdown(measurements)}\n`);
  const peak = (name: string): number | undefined => measurements.find((m) => m.name === name)?.peakRps;
  for (const [api, base] of [["API list", "baseline list"], ["API list + totalItems", "baseline list + total"]] as const) {
    const a = peak(api);
    const b = peak(base);
    if (a && b) console.log(`${api} / ${base}: ${(a / b).toFixed(2)} of the baseline's peak req/s (${a.toFixed(0)} vs ${b.toFixed(0)})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
