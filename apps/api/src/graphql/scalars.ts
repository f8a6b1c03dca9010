// `Date` is a civil date `YYYY-MM-DD` (API.md), carried as a string end to end: no time zone can
// shift it. `DateTime` is ISO-8601 with offset (graphql-scalars).
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver } from "graphql-scalars";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date without time zone, YYYY-MM-DD",
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parse(ast.value);
  },
});

export const DateTimeScalar = DateTimeResolver;
