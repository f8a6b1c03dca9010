// Browser tests: the built console served by the built API, driven in Debian's chromium.
/** @type {import('jest').Config} */
module.exports = {
  ...require("@jyta/config/jest"),
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.e2e.test.ts"],
  // Starting the server (PGlite migrations) and the browser takes seconds, not milliseconds.
  testTimeout: 120000,
};
