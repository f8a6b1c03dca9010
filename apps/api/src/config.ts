// Every environment variable the server reads, parsed once. README documents each one.
import path from "node:path";

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** PostgreSQL connection string; unset means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  logLevel: "debug" | "info" | "warn" | "error";
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Built console to serve at `/`; absent folder means the API runs alone. */
  consoleDir: string;
  /** Run the daily due-soon/overdue job on a timer inside the server. */
  runScheduler: boolean;
  trustProxy: boolean;
  /** Send the per-request SQL statement count as `x-sql-count` (always outside production; for benchmarks). */
  exposeSqlCount: boolean;
}

/** Repository root, from src/ (dev, tests) and dist/ (built) alike: apps/api/{src,dist}/config.* */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === "production";
  const level = env.LOG_LEVEL ?? "info";
  if (!["debug", "info", "warn", "error"].includes(level)) throw new Error(`LOG_LEVEL must be debug|info|warn|error`);
  return {
    production,
    port: int(env.PORT, 4000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(REPO_ROOT, env.DATA_DIR || ".data"),
    adminPassword: env.ADMIN_PASSWORD || undefined,
    seedDemo: flag(env.SEED_DEMO, !production),
    logLevel: level as AppConfig["logLevel"],
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 120, "SESSION_IDLE_MINUTES"),
    sessionAbsoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12, "SESSION_ABSOLUTE_HOURS"),
    consoleDir: path.resolve(REPO_ROOT, env.CONSOLE_DIR || "apps/admin/dist"),
    runScheduler: flag(env.RUN_SCHEDULER, true),
    trustProxy: flag(env.TRUST_PROXY, false),
    exposeSqlCount: flag(env.EXPOSE_SQL_COUNT, !production),
  };
}
