// One wrapper for every file route under /export: the caller is resolved exactly as for /graphql
// (Bearer token, else session cookie), services get the same RequestContext (so the same row rules and
// loaders apply), and errors answer as the API would: 401 when not logged in, 403/404/400 by error
// code, anything else masked as 500 with the request id (and logged in full).
import type { Request, RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../../config";
import { RequestContext, type Clock } from "../../graphql/context";
import { AppError } from "../../graphql/errors";
import { log } from "../../log";
import { currentScope } from "../../request-scope";
import { resolvePrincipal } from "../principal";

export interface ExportDeps {
  dataSource: DataSource;
  config: AppConfig;
  clock: Clock;
}

/** A file to send: its bytes (or text), media type and the file name offered to the browser. */
export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

/** Builds the file for a logged-in caller; throws AppError (or DomainError) to refuse. */
export type ExportHandler = (ctx: RequestContext, req: Request) => Promise<ExportFile>;

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  markdown: "text/markdown; charset=utf-8",
} as const;

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

function sendError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  // The same shape as GraphQL errors, so clients read one format everywhere.
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * `Content-Disposition` with an ASCII fallback name and the real (Chinese) name as RFC 5987
 * `filename*`, which every current browser prefers.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function codeOf(error: unknown): { code: string; message: string } | null {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name === "DomainError" && typeof (error as { code?: unknown }).code === "string") {
    return { code: (error as Error & { code: string }).code, message: error.message };
  }
  return null;
}

export function exportRoute(deps: ExportDeps, handler: ExportHandler): RequestHandler {
  return async (req, res) => {
    const requestId = currentScope()?.requestId ?? "unknown";
    try {
      const principal = await resolvePrincipal(req, deps.dataSource, deps.config, deps.clock.now());
      if (!principal) return sendError(res, 401, "UNAUTHENTICATED", "Please log in");
      const ctx = new RequestContext(requestId, principal, deps.dataSource, deps.config, deps.clock, { req, res });
      const file = await handler(ctx, req);
      res.setHeader("Content-Type", file.contentType);
      res.setHeader("Content-Disposition", contentDisposition(file.filename));
      // Files hold data only the caller may see: never kept by shared caches.
      res.setHeader("Cache-Control", "private, no-store");
      res.send(file.body);
    } catch (error) {
      const coded = codeOf(error);
      if (coded) {
        // Domain rule codes (INVALID_TRANSITION, …) are input problems for a download.
        return sendError(res, STATUS_BY_CODE[coded.code] ?? 400, coded.code, coded.message);
      }
      log.error("export failed", {
        requestId,
        path: req.path,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
      sendError(res, 500, "INTERNAL_SERVER_ERROR", `Internal server error (request ${requestId})`, { requestId });
    }
  };
}
