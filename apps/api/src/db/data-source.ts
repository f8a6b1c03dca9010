// The one place that builds a TypeORM DataSource: PostgreSQL through `pg` when a URL is given,
// otherwise an embedded PGlite (a data folder, or memory for tests). Never `synchronize`: the schema
// comes from the committed migrations.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { DataSource, type DataSourceOptions } from "typeorm";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { createPgliteDriverModule } from "./pglite-pool";
import { pgCustomTypes, pgliteParsers } from "./type-parsers";
import { SqlCounter } from "./sql-counter";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  /** `dataDir` undefined = in memory; `loadDataDir` = start from a dump (tests clone a migrated template). */
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob };

export interface CreatedDataSource {
  dataSource: DataSource;
  /** Counts statements per request for the N+1 tests and the benchmark. */
  sqlCounter: SqlCounter;
  pglite?: Promise<PGlite>;
}

const common = {
  type: "postgres" as const,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: "schema_migrations",
  migrationsTransactionMode: "each" as const,
  namingStrategy: new SnakeNamingStrategy(),
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension needs installing.
  uuidExtension: "pgcrypto" as const,
  installExtensions: false,
};

export function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: pgliteParsers,
  });
}

export function createDataSource(target: DatabaseTarget): CreatedDataSource {
  const sqlCounter = new SqlCounter();
  if (target.kind === "postgres") {
    const options: DataSourceOptions = {
      ...common,
      url: target.url,
      logger: sqlCounter,
      // JIT compilation costs seconds on the figures' and assessment's CTE queries and saves nothing
      // on an OLTP workload of this size.
      extra: { types: pgCustomTypes, max: target.poolSize ?? 10, application_name: "jyta-api", options: "-c jit=off" },
    };
    return { dataSource: new DataSource(options), sqlCounter };
  }
  const pglite = openPglite(target.dataDir, target.loadDataDir);
  const options: DataSourceOptions = {
    ...common,
    driver: createPgliteDriverModule(pglite),
    logger: sqlCounter,
  };
  return { dataSource: new DataSource(options), sqlCounter, pglite };
}
