// Typed errors and the one place they become GraphQL errors. Every error the API means to show has a
// code in `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR with the request id,
// and logged in full.
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { QueryFailedError } from "typeorm";
import { log } from "../log";
import { currentScope } from "../request-scope";

/** An error the client may see, with its code (DOMAIN.md §2 and API.md conventions). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string): AppError => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You are not allowed to do this"): AppError => new AppError("FORBIDDEN", message);
export const badInput = (message: string, fields?: Record<string, string[]>): AppError =>
  new AppError("BAD_USER_INPUT", message, fields ? { fields } : undefined);
export const conflict = (message: string): AppError => new AppError("CONFLICT", message);

/** Errors thrown by @jyta/domain carry a code; recognise them without importing the class here. */
function asCodedError(error: unknown): { code: string; message: string; details?: Record<string, unknown> } | null {
  if (error instanceof AppError) return error;
  if (error instanceof Error && typeof (error as { code?: unknown }).code === "string" && error.name === "DomainError") {
    const e = error as Error & { code: string; details?: Record<string, unknown> };
    return { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) };
  }
  return null;
}

/** Unique/check violations the database raised as the backstop of our own validation. */
function fromDatabase(error: unknown): { code: string; message: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (driverError.code === "23505") return { code: "CONFLICT", message: `Duplicate value (${driverError.constraint ?? "unique constraint"})` };
  if (driverError.code === "23514") return { code: "BAD_USER_INPUT", message: `Value rejected by rule ${driverError.constraint ?? "check"}` };
  if (driverError.code === "23503") return { code: "BAD_USER_INPUT", message: `Referenced record does not exist or is still in use (${driverError.constraint ?? "foreign key"})` };
  if (driverError.code === "23502") return { code: "BAD_USER_INPUT", message: "A required value is missing" };
  if (driverError.code === "22P02") return { code: "BAD_USER_INPUT", message: "Malformed identifier or value" };
  if (driverError.code === "40001" || driverError.code === "40P01") return { code: "CONFLICT", message: "Concurrent change, please retry" };
  return null;
}

function validationFields(error: ArgumentValidationError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const walk = (errors: ArgumentValidationError["extensions"]["validationErrors"], prefix: string): void => {
    for (const e of errors) {
      const key = prefix ? `${prefix}.${e.property}` : e.property;
      if (e.constraints) fields[key] = Object.values(e.constraints);
      if (e.children?.length) walk(e.children, key);
    }
  };
  walk(error.extensions.validationErrors, "");
  return fields;
}

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Apollo `formatError`: map known errors to their codes, mask the rest. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  requestId ??= currentScope()?.requestId;
  const base = { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };

  const coded = asCodedError(original);
  if (coded) return { ...base, message: coded.message, extensions: { code: coded.code, ...(coded.details ?? {}) } };

  if (original instanceof ArgumentValidationError) {
    return { ...base, message: "Input is not valid", extensions: { code: "BAD_USER_INPUT", fields: validationFields(original) } };
  }
  const db = fromDatabase(original);
  if (db) return { ...base, message: db.message, extensions: { code: db.code } };

  const code = formatted.extensions?.code;
  if (typeof code === "string" && (PASS_THROUGH.has(code) || ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "RATE_LIMITED"].includes(code))) {
    return { ...base, extensions: { code } };
  }
  // graphql-armor and graphql-js validation errors without an Apollo code
  if (error instanceof GraphQLError && !error.path && !(original instanceof Error && original !== error)) {
    return { ...base, extensions: { code: typeof code === "string" ? code : "GRAPHQL_VALIDATION_FAILED" } };
  }
  log.error("internal error", {
    requestId,
    message: original instanceof Error ? original.message : String(original),
    stack: original instanceof Error ? original.stack : undefined,
    path: formatted.path,
  });
  return {
    message: `Internal server error (request ${requestId ?? "unknown"})`,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId ? { requestId } : {}) },
  };
}
