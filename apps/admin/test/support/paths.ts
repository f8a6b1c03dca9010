// Where things are, from the repository root (the test runs from apps/admin).
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..", "..");
export const SERVER_MAIN = path.join(REPO_ROOT, "apps", "api", "dist", "main.js");
export const CONSOLE_INDEX = path.join(REPO_ROOT, "apps", "admin", "dist", "index.html");
export const ARTIFACTS_DIR = path.resolve(REPO_ROOT, process.env.TEST_ARTIFACTS_DIR || "test-artifacts", "console");
