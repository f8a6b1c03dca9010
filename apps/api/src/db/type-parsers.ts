// One set of value parsers for both drivers, so PostgreSQL (pg) and PGlite hand the code the same
// JavaScript values: `date` stays a `YYYY-MM-DD` string (civil dates have no time zone), counts
// (int8) and numeric columns become numbers, timestamps become Date objects.
import { types as pgTypes } from "pg";

export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

const toNumber = (value: string): number => Number(value);
const keepString = (value: string): string => value;

/** Parsers keyed by type OID, for PGlite's `parsers` option. */
export const pgliteParsers: Record<number, (value: string) => unknown> = {
  [OID.INT8]: toNumber,
  [OID.NUMERIC]: toNumber,
  [OID.DATE]: keepString,
};

/** A `types` object for node-postgres' client config (per pool, not the process-wide default). */
export const pgCustomTypes = {
  getTypeParser(oid: number, format?: "text" | "binary"): unknown {
    const own = pgliteParsers[oid];
    if (own && format !== "binary") return own;
    return format ? pgTypes.getTypeParser(oid, format) : pgTypes.getTypeParser(oid);
  },
};
