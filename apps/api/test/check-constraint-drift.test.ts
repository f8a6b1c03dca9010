// migration:check compares CHECK constraints too (TypeORM's own diff looks at their names only): a
// CHECK built from a domain enum that gained a value must show up as drift, with the statements
// that replace it.
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { checkConstraintDrift, checkDriftStatements } from "../src/db/check-constraint-drift";
import { createDataSource } from "../src/db/data-source";

describe("CHECK constraint drift", () => {
  let migrated: DataSource;
  let fromEntities: DataSource;

  beforeAll(async () => {
    migrated = createDataSource({ kind: "pglite" }).dataSource;
    fromEntities = createDataSource({ kind: "pglite" }).dataSource;
    await Promise.all([migrated.initialize(), fromEntities.initialize()]);
    await migrated.runMigrations({ transaction: "each" });
    await fromEntities.synchronize();
  }, 120_000);

  afterAll(async () => {
    await Promise.all([migrated?.destroy(), fromEntities?.destroy()]);
  });

  it("finds none when the migrations build what the entities declare", async () => {
    expect(await checkConstraintDrift(migrated, fromEntities)).toEqual([]);
  });

  it("finds a CHECK whose list lags behind its enum, and replaces it", async () => {
    // As if a migration had been forgotten after REPLY_RETURNED joined NotificationKind.
    await migrated.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await migrated.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED', 'REMINDER'))`);
    const drift = await checkConstraintDrift(migrated, fromEntities);
    expect(drift.map((d) => `${d.table}.${d.name}`)).toEqual(["notification.notification_kind_check"]);
    expect(drift[0]!.expression).toContain("'REPLY_RETURNED'");

    const { up, down } = checkDriftStatements(drift);
    for (const statement of up) await migrated.query(statement);
    expect(await checkConstraintDrift(migrated, fromEntities)).toEqual([]);
    for (const statement of down) await migrated.query(statement);
    expect(await checkConstraintDrift(migrated, fromEntities)).toHaveLength(1);
  });
});
