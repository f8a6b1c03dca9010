// The embedded driver leases PGlite's single session to one query runner at a time, so overlapping
// transactions behave as on PostgreSQL: a rollback stays rolled back even when another transaction
// commits in the middle of it (typeorm-pglite would commit both).
import "reflect-metadata";
import { createDataSource } from "../src/db/data-source";
import { freshDatabase } from "./support/databases";

describe("embedded PGlite transaction isolation", () => {
  it("keeps a rolled-back transaction rolled back while an overlapping one commits", async () => {
    const db = await freshDatabase("pglite");
    const { dataSource } = createDataSource(db.target);
    await dataSource.initialize();
    try {
      await dataSource.query(`CREATE TABLE iso_probe (label text)`);
      let releaseA!: () => void;
      const aMayFinish = new Promise<void>((r) => (releaseA = r));
      let aStarted!: () => void;
      const aHasStarted = new Promise<void>((r) => (aStarted = r));

      const a = dataSource
        .transaction(async (em) => {
          await em.query(`INSERT INTO iso_probe VALUES ('rolled back')`);
          aStarted();
          await aMayFinish;
          throw new Error("roll back A");
        })
        .catch((e: Error) => e.message);
      await aHasStarted;
      // B starts while A is open; it must wait for A's lease, then commit on its own.
      const b = dataSource.transaction(async (em) => {
        await em.query(`INSERT INTO iso_probe VALUES ('committed')`);
      });
      await new Promise((r) => setTimeout(r, 50));
      releaseA();
      expect(await a).toBe("roll back A");
      await b;
      const rows = await dataSource.query(`SELECT label FROM iso_probe ORDER BY label`);
      expect(rows).toEqual([{ label: "committed" }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it("reports the affected row count for compare-and-set updates", async () => {
    const db = await freshDatabase("pglite");
    const { dataSource } = createDataSource(db.target);
    await dataSource.initialize();
    try {
      await dataSource.query(`CREATE TABLE cas_probe (id int primary key, version int)`);
      await dataSource.query(`INSERT INTO cas_probe VALUES (1, 1)`);
      const hit = await dataSource.createQueryBuilder().update("cas_probe").set({ version: 2 }).where("id = 1 AND version = 1").execute();
      const miss = await dataSource.createQueryBuilder().update("cas_probe").set({ version: 3 }).where("id = 1 AND version = 1").execute();
      expect([hit.affected, miss.affected]).toEqual([1, 0]);
    } finally {
      await dataSource.destroy();
    }
  });
});
