// Unit tests of the console's pure helpers (test/unit), and the browser test: the built console served
// by the built API, driven in Debian's chromium (test/*.e2e.test.ts).
/** @type {import('jest').Config} */
module.exports = {
  ...require("@jyta/config/jest"),
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Starting the server (PGlite migrations) and the browser takes seconds, not milliseconds.
  testTimeout: 120000,
};
