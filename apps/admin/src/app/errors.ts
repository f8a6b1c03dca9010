// Turns whatever Apollo throws into one small, typed "problem": a known code, per-field messages and
// the server's request id. Pages show a translated sentence per code, never the raw server message
// (which may carry internals).
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Messages } from "../i18n/zh-CN";

export const PROBLEM_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "INVALID_TRANSITION",
  // The domain's rule refusals (DOMAIN.md §2), each with its own sentence.
  "RETURN_WINDOW_CLOSED",
  "CO_OPINIONS_MISSING",
  "NO_COMMUNICATION",
  "EXTENSION_TOO_LONG",
  "FEEDBACK_WINDOW_CLOSED",
  "ALREADY_RATED",
  "INVALID_ASSIGNMENT_PLAN",
  "ASSESSMENT_PUBLISHED",
  "INTERNAL_SERVER_ERROR",
  "NETWORK",
  "UNKNOWN",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** Field name (without an `input.` prefix) → the server's validation messages for it. */
  fields: Record<string, string[]>;
  requestId: string | undefined;
  /** RATE_LIMITED: how long until another attempt is allowed. */
  retryAfterSeconds?: number;
}

function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === "string" && (PROBLEM_CODES as readonly string[]).includes(value);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** `extensions.fields` may map a field to one message or to several; normalise to arrays. */
function readFields(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const record = asRecord(value);
  if (!record) return out;
  for (const [key, raw] of Object.entries(record)) {
    const messages = (Array.isArray(raw) ? raw : [raw]).filter((m): m is string => typeof m === "string");
    const name = key.replace(/^input\./, "");
    if (messages.length > 0) out[name] = messages;
  }
  return out;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): Problem {
  const first = errors[0];
  const ext = asRecord(first?.extensions) ?? {};
  const raw = ext.code;
  // Apollo Server's own codes for malformed operations are input problems from the user's view.
  const code: ProblemCode = isProblemCode(raw)
    ? raw
    : raw === "GRAPHQL_VALIDATION_FAILED" || raw === "BAD_REQUEST"
      ? "BAD_USER_INPUT"
      : "UNKNOWN";
  const fields: Record<string, string[]> = {};
  for (const error of errors) Object.assign(fields, readFields(asRecord(error.extensions)?.fields));
  const problem: Problem = { code, fields, requestId: typeof ext.requestId === "string" ? ext.requestId : undefined };
  if (typeof ext.retryAfterSeconds === "number") problem.retryAfterSeconds = ext.retryAfterSeconds;
  return problem;
}

/** A non-2xx answer that is not a GraphQL response may still carry `{ errors }` (e.g. a 429). */
function fromServerError(error: ServerError): Problem {
  try {
    const body = asRecord(JSON.parse(error.bodyText));
    if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      return fromGraphQLErrors(body.errors as GraphQLFormattedError[]);
    }
  } catch {
    // Not JSON: fall through to the status code.
  }
  const byStatus: Record<number, ProblemCode> = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND", 429: "RATE_LIMITED" };
  const code = byStatus[error.statusCode] ?? (error.statusCode >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN");
  return { code, fields: {}, requestId: error.response.headers.get("x-request-id") ?? undefined };
}

export function toProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) return fromServerError(error);
  if (error instanceof TypeError) return { code: "NETWORK", fields: {}, requestId: undefined }; // fetch failed
  return { code: "UNKNOWN", fields: {}, requestId: undefined };
}

/** The sentence to show for a problem, with the request id when support will need it. */
export function describeProblem(problem: Problem, t: Messages): string {
  const text = t.errors[problem.code];
  return problem.requestId ? t.errors.withRequestId(text, problem.requestId) : text;
}
