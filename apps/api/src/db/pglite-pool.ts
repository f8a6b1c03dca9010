// A node-postgres-shaped Pool over one PGlite instance, for TypeORM's postgres driver.
//
// Why not `typeorm-pglite`: it hands every query runner the same PGlite session, so two overlapping
// transactions leak into each other (one's COMMIT commits the other's rows, a ROLLBACK is lost) and it
// keeps one global instance per process. PGlite has exactly one session, so here a query runner
// *leases* it: `connect()` waits in a FIFO queue until the session is free and holds it until
// `release()`. Transactions therefore run one after another, exactly as isolated as on PostgreSQL
// for our purposes. Each DataSource gets its own PGlite instance.
//
// The one rule this imposes: code inside a transaction must not query through a second query runner
// (it would wait for itself). Services use the request's transaction-bound EntityManager for that.
import { EventEmitter } from "node:events";
import type { PGlite, Results } from "@electric-sql/pglite";

type Callback = (err: Error | null, client?: LeasedClient, release?: () => void) => void;

/** Fails a lease wait that takes this long: a deadlock (see above) must be loud, not a hang. */
const LEASE_TIMEOUT_MS = 60_000;

class FifoMutex {
  private locked = false;
  private readonly waiters: Array<() => void> = [];

  acquire(timeoutMs: number): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(grant);
        if (at >= 0) this.waiters.splice(at, 1);
        reject(new Error(`PGlite session lease not granted within ${timeoutMs} ms (nested query runner inside a transaction?)`));
      }, timeoutMs);
      this.waiters.push(grant);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }
}

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Results["fields"];
}

function toPgResult(result: Results): PgLikeResult {
  const command = (result as Results & { command?: string }).command ?? "";
  return {
    rows: result.rows,
    rowCount: result.affectedRows ?? result.rows.length,
    command: command.toUpperCase(),
    fields: result.fields,
  };
}

/** node-postgres' query config (`{ name, text }`, see named-statement.ts); PGlite has no named statements, so only the text counts. */
type QueryText = string | { text: string; name?: string };

async function runQuery(db: PGlite, query: QueryText, params?: unknown[]): Promise<PgLikeResult> {
  const sql = typeof query === "string" ? query : query.text;
  if (params && params.length > 0) return toPgResult(await db.query(sql, params));
  // Parameterless text may hold several statements (migrations); PostgreSQL's simple protocol
  // answers with the last result, and so do we.
  const results = await db.exec(sql);
  const last = results[results.length - 1];
  return last ? toPgResult(last) : { rows: [], rowCount: 0, command: "", fields: [] };
}

/** The client handed to one query runner for the duration of its lease. */
class LeasedClient extends EventEmitter {
  released = false;
  constructor(private readonly db: PGlite) {
    super();
  }
  query(sql: QueryText, params?: unknown[], callback?: (err: Error | null, result?: PgLikeResult) => void): Promise<PgLikeResult> {
    if (this.released) return Promise.reject(new Error("PGlite client used after release"));
    const promise = runQuery(this.db, sql, params);
    if (callback) promise.then((r) => callback(null, r), (e: Error) => callback(e));
    return promise;
  }
}

export function createPgliteDriverModule(dbPromise: Promise<PGlite>): { Pool: new () => EventEmitter } {
  const mutex = new FifoMutex();

  class PglitePool extends EventEmitter {
    connect(callback?: Callback): Promise<LeasedClient> | void {
      const leased = (async () => {
        const db = await dbPromise;
        await mutex.acquire(LEASE_TIMEOUT_MS);
        return new LeasedClient(db);
      })();
      if (!callback) return leased;
      leased.then(
        (client) => {
          let done = false;
          const release = (): void => {
            if (done) return;
            done = true;
            client.released = true;
            mutex.release();
          };
          callback(null, client, release);
        },
        (err: Error) => callback(err),
      );
    }

    /** A one-off query outside any query runner: leases the session for this statement only. */
    async query(sql: QueryText, params?: unknown[]): Promise<PgLikeResult> {
      const db = await dbPromise;
      await mutex.acquire(LEASE_TIMEOUT_MS);
      try {
        return await runQuery(db, sql, params);
      } finally {
        mutex.release();
      }
    }

    end(callback?: (err: Error | null) => void): void {
      dbPromise.then((db) => db.close()).then(
        () => callback?.(null),
        (err: Error) => callback?.(err),
      );
    }
  }

  return { Pool: PglitePool };
}
