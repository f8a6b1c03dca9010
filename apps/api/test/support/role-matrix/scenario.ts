// What a scenario builder is: for one operation, its GraphQL document, the kind of row it acts on, and
// a function that prepares a fresh row for a (relation, variant) through the HTTP API and returns the
// variables to call the operation with. Queries also say how to tell whether the prepared row is in
// the answer; mutations may check what an allowed call returned.
import type { OperationName, RowRelation } from "@jyta/domain";
import type { GraphQLClient, GraphQLResult } from "../graphql-client";
import type { Caller, RowKind, Variant } from "./cells";
import type { World } from "./world";

export type Vars = Record<string, unknown>;

export interface Target {
  relation: RowRelation;
  variant: Variant;
  /** The caller of the cell the row is for (for allowed cells: the one who will act). */
  caller: Caller;
}

export interface Prepared {
  vars: Vars;
  /** For allowed cells only: a client to act with instead of the role's demo login (e.g. a fresh user). */
  as?: GraphQLClient;
  /** Whatever an allowed call's check needs to know about the row (an id, a username). */
  ref?: string;
}

/** How a query hides a row the caller may not see. */
export type Hiding = "null" | "absent" | "NOT_FOUND" | "narrowed";

export interface Scenario {
  operation: OperationName;
  document: string;
  row: RowKind;
  prepare(w: World, target: Target): Promise<Prepared>;
  /** Queries: how a hidden row looks, and whether the answer shows the prepared row. */
  hiding?: Hiding;
  sees?(data: Record<string, unknown>, prepared: Prepared): boolean;
  /** Mutations: checks the answer of an allowed call (beyond "no error"). */
  check?(data: Record<string, unknown>, prepared: Prepared, w: World): void | Promise<void>;
}

/** The code of the first error, or undefined. */
export function errorCodeOf(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Reads `data[field]` as an object (throws when missing, so a broken document fails loudly). */
export function field<T>(data: Record<string, unknown>, name: string): T {
  if (!(name in data)) throw new Error(`answer has no field ${name}`);
  return data[name] as T;
}
