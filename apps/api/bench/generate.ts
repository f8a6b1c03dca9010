// Benchmark data generator: ≥ 50,000 items over ten years (two bodies, ten sessions each, all three
// kinds), 300 units, 2,000 members, with assignments, communications, replies, feedback and events,
// written with unnest() batches into the PostgreSQL database of DATABASE_URL after migrating it.
// Deterministic (seeded). Usage: see bench/README.md.
import "reflect-metadata";
import { calendarFromRows, defaultRuleSet, ProposalKind, type RuleSet } from "@jyta/domain";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { Prng } from "./lib/prng";
import { loopbackUrl, recreateDatabase } from "./lib/database";
import { BENCH_PASSWORD } from "./lib/logins";
import type { GenContext } from "./generate/context";
import { generateSession } from "./generate/items";
import { FIRST_YEAR, seedReference, YEARS } from "./generate/reference";
import { benchTables, flushAll } from "./generate/tables";

const SEED = 20_251_115;
/** The data set's today: the 2025 sessions are the current ones, in every state. */
const AS_OF = "2025-11-15";
/** Items per session and kind: 5,200 a year, 52,000 in ten years. */
const PER_SESSION = { cppcc: { PROPOSAL: 1_800, MICRO_SUGGESTION: 800 }, npc: { SUGGESTION: 2_600 } } as const;

async function migrate(url: string): Promise<void> {
  const { dataSource } = createDataSource({ kind: "postgres", url, poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
}

async function main(): Promise<void> {
  const url = loopbackUrl(process.env.DATABASE_URL);
  const password = BENCH_PASSWORD;
  const started = Date.now();
  if (process.argv.includes("--recreate")) await recreateDatabase(url);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM proposal`);
    if (existing.rows[0]!.n > 0) throw new Error("The database already holds items: run with --recreate (drops and recreates it) or use an empty database");
    // Bulk load: losing the last commits on a crash is fine here.
    await client.query(`SET synchronous_commit = off`);
    const ruleRows = await client.query<{ kind: ProposalKind; rules: RuleSet }>(`SELECT kind, rules FROM rule_set`);
    const rules = Object.fromEntries(Object.values(ProposalKind).map((k) => [k, ruleRows.rows.find((r) => r.kind === k)?.rules ?? defaultRuleSet(k)])) as Record<ProposalKind, RuleSet>;
    const days = await client.query<{ date: string; kind: "HOLIDAY" | "WORKDAY" }>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_day`);

    const prng = new Prng(SEED);
    const ref = await seedReference(client, prng, password);
    const ctx: GenContext = { prng, tables: benchTables(), ref, rules, calendar: calendarFromRows(days.rows), asOf: AS_OF, documentCounters: new Map() };
    for (const session of ref.sessions) {
      const currentYear = session.year === FIRST_YEAR + YEARS - 1;
      for (const [kind, count] of Object.entries(PER_SESSION[session.bodyKey]) as Array<[ProposalKind, number]>) {
        generateSession(ctx, session, kind, count, currentYear);
        await flushAll(client, ctx.tables);
      }
      process.stdout.write(`  ${session.bodyKey} ${session.year}: ${ctx.tables.proposal.written} items so far (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    // What autovacuum does to freshly loaded tables (statistics, hint bits, the visibility map), done
    // now: some machines run PostgreSQL with autovacuum off, and a benchmark of a never-vacuumed
    // database measures the bulk load, not the product.
    await client.query(`VACUUM (ANALYZE)`);
    console.log(`\nGenerated in ${((Date.now() - started) / 1000).toFixed(1)} s into ${new URL(url).pathname.slice(1)}:`);
    for (const table of Object.values(ctx.tables)) console.log(`  ${table.table.padEnd(24)} ${String(table.written).padStart(8)}`);
    console.log(`\nBench logins (password ${password}): bench.office (OFFICE), bench.handler (UNIT_HANDLER, 区住房和城乡建设局), bench.member (MEMBER)`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
