// A small structured logger (one JSON line per entry in production, readable lines otherwise).
// Kept dependency-free: the server logs little besides start-up, errors and slow statements.
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: Level = (process.env.LOG_LEVEL as Level | undefined) ?? (process.env.NODE_ENV === "test" ? "warn" : "info");
const json = process.env.NODE_ENV === "production";

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  if (json) {
    stream.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }) + "\n");
  } else {
    stream.write(`${level.padEnd(5)} ${message}${fields ? " " + JSON.stringify(fields) : ""}\n`);
  }
}

export const log = {
  setLevel(level: Level): void {
    threshold = level;
  },
  debug: (m: string, f?: Record<string, unknown>) => write("debug", m, f),
  info: (m: string, f?: Record<string, unknown>) => write("info", m, f),
  warn: (m: string, f?: Record<string, unknown>) => write("warn", m, f),
  error: (m: string, f?: Record<string, unknown>) => write("error", m, f),
};
