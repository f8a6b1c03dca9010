// Serves the built admin console at `/` with an SPA fallback, from the same origin as `/graphql` so
// the session cookie can stay SameSite=Strict.
import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import { log } from "../log";

export function serveConsole(app: Express, consoleDir: string): void {
  const index = path.join(consoleDir, "index.html");
  if (!fs.existsSync(index)) {
    log.warn(`console not built (${index} missing): run \`npm run build -w @jyta/admin\`; serving the API only`);
    return;
  }
  app.use(
    "/assets",
    express.static(path.join(consoleDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  app.use(express.static(consoleDir, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|export|healthz).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}
