// Runs a task on a timer inside the server (RUN_SCHEDULER): once shortly after start, then every
// hour. The daily job is idempotent per day, so hourly runs only catch up after a restart, a missed
// midnight or a clock change. Timers are unref'd (they never keep the process alive), runs never
// overlap, a failed run is logged and retried at the next tick, and stop() waits for a run in flight.
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config";
import type { Clock } from "../graphql/context";
import { log } from "../log";
import { runDailyJob } from "./daily-job";

export interface SchedulerOptions {
  firstDelayMs: number;
  intervalMs: number;
}

export const DAILY_JOB_SCHEDULE: SchedulerOptions = { firstDelayMs: 15_000, intervalMs: 60 * 60_000 };

export interface Scheduler {
  /** Stops the timers and resolves when a run in flight has finished. */
  stop(): Promise<void>;
}

function logFailure(name: string, error: unknown): void {
  log.error(`${name} failed`, { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
}

export function startScheduler(name: string, task: () => Promise<void>, options: SchedulerOptions, onError: (name: string, error: unknown) => void = logFailure): Scheduler {
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (stopped || inFlight) return;
    inFlight = Promise.resolve()
      .then(task)
      .catch((error: unknown) => onError(name, error))
      .finally(() => {
        inFlight = null;
      });
  };
  const first = setTimeout(tick, options.firstDelayMs);
  const every = setInterval(tick, options.intervalMs);
  first.unref();
  every.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await inFlight;
    },
  };
}

// The process clock: the one place the scheduled job reads wall time (requests use their context's).
const wallClock: Clock = { now: () => new Date() };

/** The daily job on the server's timer. */
export function startDailyJobScheduler(dataSource: DataSource, config: AppConfig, options: SchedulerOptions = DAILY_JOB_SCHEDULE, clock: Clock = wallClock): Scheduler {
  return startScheduler(
    "daily job",
    async () => {
      const result = await runDailyJob(dataSource, config, clock.now());
      const changed = result.dueSoonNotices + result.overdueNotices + result.lapsedFeedbackClosed + result.purgedSessions > 0;
      (changed ? log.info : log.debug)("daily job done", { ...result });
    },
    options,
  );
}
