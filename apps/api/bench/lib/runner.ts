// Bounded load runs. A closed loop keeps `concurrency` requests in flight for a fixed time or request
// count; an open loop sends at a fixed rate (latency counted from the intended send time, so a server
// that falls behind shows it). Both stop by themselves.
import type { Sample } from "./http-client";

export interface RunResult {
  label: string;
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  sqlMin: number | null;
  sqlMax: number | null;
}

export type Send = (i: number) => Promise<Sample>;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(label: string, samples: readonly (Sample & { latency: number })[], seconds: number): RunResult {
  const latencies = samples.map((s) => s.latency).sort((a, b) => a - b);
  const sql = samples.map((s) => s.sqlCount).filter((n): n is number => n !== null);
  const failed = samples.filter((s) => !s.ok);
  return {
    label,
    requests: samples.length,
    errors: failed.length,
    ...(failed[0]?.error ? { firstError: failed[0].error } : {}),
    seconds,
    rps: samples.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    sqlMin: sql.length ? Math.min(...sql) : null,
    sqlMax: sql.length ? Math.max(...sql) : null,
  };
}

export async function closedLoop(label: string, send: Send, options: { concurrency: number; seconds: number; maxRequests: number }): Promise<RunResult> {
  const samples: Array<Sample & { latency: number }> = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && issued < options.maxRequests) {
      const sample = await send(issued++);
      samples.push({ ...sample, latency: sample.ms });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarise(label, samples, (performance.now() - started) / 1000);
}

export async function openLoop(label: string, send: Send, options: { rate: number; seconds: number; maxInFlight: number }): Promise<RunResult> {
  const samples: Array<Sample & { latency: number }> = [];
  const interval = 1000 / options.rate;
  const started = performance.now();
  const total = Math.floor(options.rate * options.seconds);
  let inFlight = 0;
  let dropped = 0;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const intended = started + i * interval;
    const wait = intended - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= options.maxInFlight) {
      dropped++;
      continue;
    }
    inFlight++;
    pending.push(
      send(i).then((sample) => {
        inFlight--;
        samples.push({ ...sample, latency: performance.now() - intended });
      }),
    );
  }
  await Promise.all(pending);
  const result = summarise(label, samples, (performance.now() - started) / 1000);
  return dropped ? { ...result, errors: result.errors + dropped, firstError: result.firstError ?? `${dropped} requests not sent: ${options.maxInFlight} in flight` } : result;
}
