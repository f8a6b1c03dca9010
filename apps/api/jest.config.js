// API tests run the real server in process against a real database: PGlite by default, and the
// PostgreSQL server as well when TEST_DATABASE_URL/DATABASE_URL is set (see test/support/databases.ts).
/** @type {import('jest').Config} */
module.exports = {
  ...require("@jyta/config/jest"),
  roots: ["<rootDir>/src", "<rootDir>/test"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  testTimeout: 60000,
  maxWorkers: 2,
};
