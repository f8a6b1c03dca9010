// CHECK constraints that differ between the entities and the migrations. TypeORM's schema diff
// compares CHECKs by name only, so a CHECK whose list comes from a domain enum (`inList`) would stay
// stale when the enum gains a value: migration:check said "up to date" while inserts of the new value
// failed. Both sides are rendered by PostgreSQL itself (`pg_get_constraintdef`) to compare them: the
// migrated database, and a throwaway one built straight from the entities.
import type { DataSource } from "typeorm";

export interface CheckDrift {
  table: string;
  name: string;
  /** The entity's expression (what the CHECK should be). */
  expression: string;
  /** What the migrations built, as PostgreSQL prints it ("CHECK (...)"). */
  migrated: string;
  /** What the entities build, as PostgreSQL prints it. */
  entities: string;
}

async function checkDefinitions(dataSource: DataSource): Promise<Map<string, string>> {
  const rows: Array<{ key: string; def: string }> = await dataSource.query(
    `SELECT c.conrelid::regclass::text || '.' || c.conname AS key, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'c' AND n.nspname = 'public'`,
  );
  return new Map(rows.map((r) => [r.key.replace(/"/g, ""), r.def]));
}

/**
 * The entities' CHECKs whose definition in `migrated` differs from the one in `fromEntities`. A CHECK
 * missing altogether is TypeORM's own diff's business (it adds it), so it is not reported here.
 */
export async function checkConstraintDrift(migrated: DataSource, fromEntities: DataSource): Promise<CheckDrift[]> {
  const [built, wanted] = await Promise.all([checkDefinitions(migrated), checkDefinitions(fromEntities)]);
  const drift: CheckDrift[] = [];
  for (const metadata of fromEntities.entityMetadatas) {
    for (const check of metadata.checks) {
      const key = `${metadata.tableName}.${check.name}`;
      const entities = wanted.get(key);
      const current = built.get(key);
      if (entities && current && entities !== current) {
        drift.push({ table: metadata.tableName, name: check.name, expression: check.expression ?? "", migrated: current, entities });
      }
    }
  }
  return drift;
}

/** Statements that replace each drifted CHECK (up), and put the migrated one back (down). */
export function checkDriftStatements(drift: readonly CheckDrift[]): { up: string[]; down: string[] } {
  const up: string[] = [];
  const down: string[] = [];
  for (const d of drift) {
    up.push(`ALTER TABLE "${d.table}" DROP CONSTRAINT "${d.name}"`, `ALTER TABLE "${d.table}" ADD CONSTRAINT "${d.name}" CHECK (${d.expression})`);
    down.push(`ALTER TABLE "${d.table}" DROP CONSTRAINT "${d.name}"`, `ALTER TABLE "${d.table}" ADD CONSTRAINT "${d.name}" ${d.migrated}`);
  }
  return { up, down };
}
