// Counts SQL statements per request scope (request-scope.ts), as a TypeORM logger. The N+1 tests and the benchmark read it; the `x-sql-count` response header exposes it
// outside production.
import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import { log } from "../log";
import { currentScope } from "../request-scope";

export class SqlCounter implements TypeOrmLogger {
  logQuery(statement: string | { text: string }, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const scope = currentScope();
    if (!scope) return;
    // A named statement (named-statement.ts) arrives as node-postgres' query config.
    const query = typeof statement === "string" ? statement : statement.text;
    // Transaction control is bookkeeping, not a data statement.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    scope.sqlCount += 1;
    scope.statements?.push(query);
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    log.debug("sql error", { error: String(error), query, parameters });
  }
  logQuerySlow(time: number, query: string): void {
    log.warn("slow sql", { ms: time, query });
  }
  logSchemaBuild(message: string): void {
    log.debug(message);
  }
  logMigration(message: string): void {
    log.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") log.warn(String(message));
    else log.debug(String(message));
  }
}
