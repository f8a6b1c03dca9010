// Marks a CommonJS build folder so Node and bundlers read its .js files as CommonJS even when the
// package (or an importer) is ESM. Used by the dual (ESM + CJS) builds of the shared packages.
const fs = require("node:fs");
const path = require("node:path");
const dir = process.argv[2];
if (!dir) throw new Error("usage: mark-cjs <dir>");
fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
