// The measurement every request kind gets, GraphQL or baseline alike: a warm-up, closed loops at each
// concurrency level, then an open loop at half of the best throughput seen, for the p95 target.
import { cpuPerRequest, readCpu } from "./process-cpu";
import { closedLoop, openLoop, type RunResult, type Send } from "./runner";

/** A run with the CPU it cost per request: in the server process, and on the whole machine. */
export type MeasuredRun = RunResult & { serverCpuMs: number | null; machineCpuMs: number | null };

export interface MeasureOptions {
  concurrency: readonly number[];
  seconds: number;
  warmupSeconds: number;
  maxRequests: number;
}

export interface Measurement {
  name: string;
  runs: MeasuredRun[];
  peakRps: number;
  /** The open-loop run at half of peakRps; null when too slow for one. */
  halfPeak: MeasuredRun | null;
}

/** The measurement options of the command line, and a reader for the other `--flag value` pairs. */
export function parseOptions(argv: readonly string[]): MeasureOptions & { value(flag: string): string | undefined } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    value,
    concurrency: (value("--concurrency") ?? "1,8,32").split(",").map(Number),
    seconds: Number(value("--seconds") ?? 8),
    warmupSeconds: Number(value("--warmup") ?? 2),
    maxRequests: Number(value("--max-requests") ?? 50_000),
  };
}

/** Runs `run` and adds the CPU per request it cost (the server's process: `serverPid`, when known). */
async function withCpu(serverPid: number | undefined, run: () => Promise<RunResult>): Promise<MeasuredRun> {
  const before = readCpu(serverPid);
  const result = await run();
  const cpu = cpuPerRequest(before, readCpu(serverPid), result.requests);
  return { ...result, serverCpuMs: cpu.server, machineCpuMs: cpu.machine };
}

export async function measure(name: string, send: Send, options: MeasureOptions, serverPid?: number): Promise<Measurement> {
  await closedLoop(`${name} warm-up`, send, { concurrency: 4, seconds: options.warmupSeconds, maxRequests: options.maxRequests });
  const runs: MeasuredRun[] = [];
  for (const concurrency of options.concurrency) {
    const run = await withCpu(serverPid, () => closedLoop(`c=${concurrency}`, send, { concurrency, seconds: options.seconds, maxRequests: options.maxRequests }));
    runs.push(run);
    console.log(`  ${name.padEnd(24)} ${line(run)}`);
  }
  const peakRps = Math.max(...runs.map((r) => r.rps));
  // Too slow for a meaningful fixed-rate run (fewer than 10 requests): the c=1 latency says it all.
  if ((peakRps / 2) * options.seconds < 10) return { name, runs, peakRps, halfPeak: null };
  const halfPeak = await withCpu(serverPid, () => openLoop(`open @ ${(peakRps / 2).toFixed(0)}/s`, send, { rate: peakRps / 2, seconds: options.seconds, maxInFlight: 256 }));
  console.log(`  ${name.padEnd(24)} ${line(halfPeak)}`);
  return { name, runs, peakRps, halfPeak };
}

const ms = (value: number | null): string => (value === null ? "—" : value.toFixed(2));

function line(r: MeasuredRun): string {
  const sql = r.sqlMin === null ? "—" : r.sqlMin === r.sqlMax ? String(r.sqlMin) : `${r.sqlMin}–${r.sqlMax}`;
  const errors = r.errors ? `  ERRORS ${r.errors}: ${r.firstError ?? ""}` : "";
  return `${r.label.padEnd(14)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  sql ${sql}  cpu/req server ${ms(r.serverCpuMs)} ms, machine ${ms(r.machineCpuMs)} ms  (${r.requests} req)${errors}`;
}

/** The results as a Markdown table, for RESULTS.md. */
export function markdown(measurements: readonly Measurement[]): string {
  const rows = [
    "| request | run | req/s | p50 ms | p95 ms | p99 ms | SQL/request | server CPU ms/req | machine CPU ms/req | errors |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const m of measurements) {
    for (const r of m.halfPeak ? [...m.runs, m.halfPeak] : m.runs) {
      const sql = r.sqlMin === null ? "—" : r.sqlMin === r.sqlMax ? String(r.sqlMin) : `${r.sqlMin}–${r.sqlMax}`;
      rows.push(`| ${m.name} | ${r.label} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${sql} | ${ms(r.serverCpuMs)} | ${ms(r.machineCpuMs)} | ${r.errors} |`);
    }
  }
  return rows.join("\n");
}
