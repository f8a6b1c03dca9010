// createServer() builds the whole HTTP application (GraphQL, exports, console, health) around a
// DataSource without listening, so tests start it on port 0 in process and main.ts on PORT.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config";
import { RequestContext, type Clock } from "../graphql/context";
import { getSchema } from "../graphql/schema";
import { currentScope, runInScope } from "../request-scope";
import { createApollo } from "./apollo";
import { serveConsole } from "./console";
import { cookies } from "./cookies";
import { exportRouter } from "./exports/router";
import { resolvePrincipal } from "./principal";
import { securityHeaders } from "./security-headers";

export const BODY_LIMIT = "1mb";

export interface ServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  clock?: Clock;
  /** Serve the built console (off in API tests). */
  serveConsole?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<RunningServer>;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createServer(options: ServerOptions): Promise<AppServer> {
  const { config, dataSource } = options;
  const clock = options.clock ?? systemClock;
  const app = express();
  const httpServer = http.createServer(app);
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  // No ETag: GraphQL answers are POSTs that are never revalidated, and hashing each body costs CPU.
  app.set("etag", false);
  app.use((req, res, next) => {
    const requestId = typeof req.headers["x-request-id"] === "string" && /^[\w-]{1,64}$/.test(req.headers["x-request-id"]) ? req.headers["x-request-id"] : undefined;
    runInScope(() => next(), requestId ? { requestId } : {});
  });
  app.use(securityHeaders);
  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });

  const apollo = createApollo(await getSchema(), config.production, config.exposeSqlCount);
  await apollo.start();
  app.use(
    "/graphql",
    cookies,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const principal = await resolvePrincipal(req, dataSource, config, clock.now());
        return new RequestContext(currentScope()?.requestId ?? "unknown", principal, dataSource, config, clock, { req, res });
      },
    }),
  );
  app.use("/export", exportRouter({ dataSource, config, clock }));
  if (options.serveConsole !== false) serveConsole(app, config.consoleDir);

  // Body-parser errors (too large, malformed JSON) answer as typed GraphQL-shaped errors.
  app.use((err: Error & { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === "entity.too.large") return res.status(413).json({ errors: [{ message: "Request body too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    if (err.type === "entity.parse.failed") return res.status(400).json({ errors: [{ message: "Malformed JSON", extensions: { code: "BAD_REQUEST" } }] });
    next(err);
  });

  return {
    app,
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
          resolve({
            port: address.port,
            url: `http://${shownHost}:${address.port}`,
            close: async () => {
              await apollo.stop();
              const closed = new Promise<void>((r) => httpServer.close(() => r()));
              httpServer.closeAllConnections();
              await closed;
            },
          });
        });
      });
    },
  };
}
