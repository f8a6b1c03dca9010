// Relations the list statement already fetched for a row (its session, lead unit, proposers, due
// state), so the Proposal field resolvers return them without another statement. Held beside the
// entity in a WeakMap rather than on it: they are per-request read results, not columns.
import type { DueState } from "@jyta/domain";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { AssemblySession } from "../assembly-session/assembly-session.entity";
import type { Member } from "../member/member.entity";
import type { Unit } from "../unit/unit.entity";
import type { Proposal } from "./proposal.entity";

export interface Prefetched {
  session?: AssemblySession;
  /** null: fetched, and the item has no live replying assignment. */
  leadUnit?: Unit | null;
  proposers?: Member[];
  dueState?: DueState | null;
}

const prefetched = new WeakMap<Proposal, Prefetched>();

export function setPrefetched(proposal: Proposal, values: Prefetched): void {
  prefetched.set(proposal, values);
}

export function getPrefetched(proposal: Proposal): Prefetched {
  return prefetched.get(proposal) ?? {};
}

/**
 * An entity instance from a raw row keyed by column names (`SELECT p.*`, or `to_jsonb(row)`, where
 * timestamps arrive as ISO strings).
 */
export function hydrate<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const metadata = em.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in raw)) continue;
    let value = raw[column.databaseName];
    if (typeof value === "string" && (column.type === "timestamptz" || column.type === Date)) value = new Date(value);
    column.setEntityValue(entity, value);
  }
  return entity;
}
