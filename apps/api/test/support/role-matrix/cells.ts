// The cells of the role matrix test, derived from the permission matrix of @jyta/domain
// (OPERATION_RULES) and nothing else: for every non-public operation, every caller (each role, an API
// token, and no login) and every row variant its row relation distinguishes. The expected outcome of
// a cell is a pure function of the matrix entry, the variant and the kind of row the operation acts
// on (which decides whether a row the caller may not act on is visible to them at all):
//   - no login → UNAUTHENTICATED; an API token on a mutation → FORBIDDEN (tokens are read-only);
//   - a role the operation does not list → FORBIDDEN;
//   - `any` / `own` (the relation holds) → ALLOWED;
//   - `co` (LEAD_UNIT only: the caller's unit is a CO unit of the item) → FORBIDDEN when the row is
//     the caller's own CO assignment or the item, NOT_FOUND when it is the lead unit's reply;
//   - `other` (another body's / unit's / member's row) → for queries HIDDEN (null, absent, or
//     NOT_FOUND); for mutations NOT_FOUND, as for a missing row (DOMAIN.md §5), except where the row
//     is reference data everyone reads or a row being created: there FORBIDDEN.
import { OPERATION_RULES, Role, RowRelation, type OperationName, type OperationRule } from "@jyta/domain";

export type Caller = Role | "LOGGED_OUT";
export const CALLERS: readonly Caller[] = [...Object.values(Role), "LOGGED_OUT"];

/** Which row a cell runs against, relative to the caller's relation. */
export type Variant = "any" | "own" | "co" | "other";

/** What a scenario's rows are, as far as visibility goes. */
export type RowKind =
  /** No row: reference reads, creations of rows nobody owns. */
  | "none"
  /** An item (proposal) or one of its assignments; for reads also a session or a unit's line. */
  | "item"
  /** A reply: hangs on its unit's assignment, which another unit (even a CO unit) cannot see. */
  | "reply"
  /** Reference data every role reads (members, bodies): another body's row is visible. */
  | "reference"
  /** A row being created: there is nothing to hide. */
  | "new";

export type Expected = "ALLOWED" | "HIDDEN" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED";

export interface Cell {
  operation: OperationName;
  kind: OperationRule["kind"];
  caller: Caller;
  /** The relation whose row the cell uses (the caller's own, or the first listed one for outsiders). */
  relation: RowRelation;
  /** Whether the matrix grants the operation to the caller at all. */
  listed: boolean;
  variant: Variant;
  expected: Expected;
}

/** The row variants that matter for a relation. */
export function variantsOf(relation: RowRelation): Variant[] {
  switch (relation) {
    case RowRelation.ANY:
    case RowRelation.READ_ALL:
      return ["any"];
    case RowRelation.LEAD_UNIT:
      return ["own", "co", "other"];
    case RowRelation.OWN_BODY:
    case RowRelation.OWN_UNIT:
    case RowRelation.OWN_PROPOSER:
      return ["own", "other"];
  }
}

/** The first listed relation of an operation: outsiders are tried against its own/any row. */
export function primaryRelation(rule: OperationRule): RowRelation {
  const first = Object.values(rule.access)[0];
  if (!first) throw new Error("an operation with no role");
  return first;
}

/** The expected outcome of one cell (see the file comment). */
export function expectedOutcome(rule: OperationRule, caller: Caller, variant: Variant, row: RowKind): Expected {
  if (caller === "LOGGED_OUT") return "UNAUTHENTICATED";
  if (caller === Role.API_CLIENT && rule.kind === "mutation") return "FORBIDDEN";
  if (rule.access[caller] === undefined) return "FORBIDDEN";
  if (variant === "any" || variant === "own") return "ALLOWED";
  if (variant === "co") return row === "reply" ? "NOT_FOUND" : "FORBIDDEN";
  if (rule.kind === "query") return "HIDDEN";
  return row === "reference" || row === "new" ? "FORBIDDEN" : "NOT_FOUND";
}

/** Every cell of one operation. */
export function cellsOf(operation: OperationName, row: RowKind): Cell[] {
  const rule = OPERATION_RULES[operation];
  if (rule.public) return [];
  const primary = primaryRelation(rule);
  const out: Cell[] = [];
  for (const caller of CALLERS) {
    const listed = caller === "LOGGED_OUT" ? undefined : rule.access[caller];
    // An API token holds a relation on reads only; on a mutation it is refused before any row.
    const relation = listed !== undefined && !(caller === Role.API_CLIENT && rule.kind === "mutation") ? listed : undefined;
    const variants: Array<[RowRelation, Variant]> = relation ? variantsOf(relation).map((v) => [relation, v]) : [[primary, variantsOf(primary)[0]!]];
    for (const [rel, variant] of variants) {
      out.push({ operation, kind: rule.kind, caller, relation: rel, listed: relation !== undefined, variant, expected: expectedOutcome(rule, caller, variant, row) });
    }
  }
  return out;
}

export function cellTitle(c: Cell): string {
  return `${c.operation} × ${c.caller} × ${c.variant} (${c.listed ? c.relation : "not granted"}) → ${c.expected}`;
}

/**
 * The matrix of cells pivoted for reading: one line per operation and variant (`own` and `any` share
 * a line: the row where the relation holds), one column per caller.
 */
export function cellTable(cells: readonly Cell[]): Array<Record<string, string>> {
  const lines = new Map<string, Record<string, string>>();
  for (const c of cells) {
    const variant = c.variant === "own" || c.variant === "any" ? "own/any" : c.variant;
    const key = `${c.operation} · ${variant}`;
    const line = lines.get(key) ?? { operation: c.operation, variant };
    line[c.caller] = c.expected;
    lines.set(key, line);
  }
  return [...lines.values()].map((line) => Object.fromEntries([["operation", line.operation!], ["variant", line.variant!], ...CALLERS.map((r) => [r, line[r] ?? ""])]));
}
