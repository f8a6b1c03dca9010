// The logins generate.ts creates and load.ts uses.
export const BENCH_PASSWORD = process.env.BENCH_PASSWORD || "Bench-Office-2026!";
export const BENCH_USERS = { office: "bench.office", handler: "bench.handler", member: "bench.member" } as const;
