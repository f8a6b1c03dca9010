// With NODE_ENV=production the server refuses to start with no, a weak, or the demo admin password.
import "reflect-metadata";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { DEMO_PASSWORD } from "../src/modules/auth/password";
import { ensureAdmin, StartupRefused } from "../src/seed/admin";
import { freshDatabase } from "./support/databases";

describe("admin bootstrap", () => {
  it("refuses weak or default admin passwords in production and accepts a strong one", async () => {
    const db = await freshDatabase("pglite");
    const { dataSource } = createDataSource(db.target);
    await dataSource.initialize();
    try {
      const prod = (pw?: string) => loadConfig({ NODE_ENV: "production", ...(pw ? { ADMIN_PASSWORD: pw } : {}) });
      await expect(ensureAdmin(dataSource, prod())).rejects.toBeInstanceOf(StartupRefused);
      await expect(ensureAdmin(dataSource, prod("short1A!"))).rejects.toThrow(/at least 12/);
      await expect(ensureAdmin(dataSource, prod(DEMO_PASSWORD))).rejects.toThrow(/demo password/);
      await expect(ensureAdmin(dataSource, prod("alllowercaseletters"))).rejects.toThrow(StartupRefused);
      expect(await ensureAdmin(dataSource, prod("Str0ng-Admin-Passw0rd"))).toEqual({ created: true, demoPassword: null });
    } finally {
      await dataSource.destroy();
    }
  });

  it("creates the admin with the printed demo password outside production, once", async () => {
    const db = await freshDatabase("pglite");
    const { dataSource } = createDataSource(db.target);
    await dataSource.initialize();
    try {
      const config = loadConfig({ NODE_ENV: "development" });
      expect(await ensureAdmin(dataSource, config)).toEqual({ created: true, demoPassword: DEMO_PASSWORD });
      expect(await ensureAdmin(dataSource, config)).toEqual({ created: false, demoPassword: null });
      // …and production then refuses to run with that demo password still in place
      await expect(ensureAdmin(dataSource, loadConfig({ NODE_ENV: "production", ADMIN_PASSWORD: "Str0ng-Admin-Passw0rd" }))).rejects.toThrow(/still has the demo password/);
    } finally {
      await dataSource.destroy();
    }
  });
});
