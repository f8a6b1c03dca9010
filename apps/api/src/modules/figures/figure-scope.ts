// The slice a caller may compute figures over (DOMAIN.md §5 applied to §4). Readers (ADMIN, OFFICE,
// LEADER, API clients) get the scope they ask for. Committee staff always get their own body and unit
// users their own unit: the scope is overridden rather than refused, so a unit user asking for another
// unit's figures sees their own (the answer never reveals whether the other unit has any items).
// A caller holding both a body and a unit relation (two roles) gets the policy's visibility predicate.
import { rowRelations, type ProposalKind } from "@jyta/domain";
import { forbidden } from "../../graphql/errors";
import { proposalVisibilitySql } from "../access/policy";
import type { Principal } from "../auth/principal";

/** The slice itself, as asked or as forced. Every field null = everything the caller may see. */
export interface ScopeValues {
  sessionId: string | null;
  bodyId: string | null;
  year: number | null;
  unitId: string | null;
  kind: ProposalKind | null;
  keyOnly: boolean;
  /** The item's subject area (proposal.category, e.g. URBAN_RURAL). */
  subjectArea: string | null;
  /** The item's outcome category (A–D), see figures.sql.ts. */
  category: string | null;
}

export interface ScopeAccess {
  scope: ScopeValues;
  /** An extra predicate over `p` (proposal) for callers with mixed row relations; null otherwise. */
  restriction: { sql: string; params: Record<string, unknown> } | null;
  /** The caller's relation names a unit or body they do not have: nothing is visible. */
  empty: boolean;
}

export type AskedScope = { [K in keyof ScopeValues]?: ScopeValues[K] | null };

export function normaliseScope(asked: AskedScope): ScopeValues {
  return {
    sessionId: asked.sessionId ?? null,
    bodyId: asked.bodyId ?? null,
    year: asked.year ?? null,
    unitId: asked.unitId ?? null,
    kind: asked.kind ?? null,
    keyOnly: asked.keyOnly ?? false,
    subjectArea: asked.subjectArea ?? null,
    category: asked.category ?? null,
  };
}

/** The scope the figures of `operation` ("figures" or "figureItems") are computed over for this caller. */
export function scopeFor(principal: Principal, asked: AskedScope, operation: "figures" | "figureItems"): ScopeAccess {
  const scope = normaliseScope(asked);
  const relations = rowRelations(operation, principal.roles);
  if (relations.includes("READ_ALL") || relations.includes("ANY")) return { scope, restriction: null, empty: false };
  const only = relations.length === 1 ? relations[0] : undefined;
  if (only === "OWN_UNIT" || only === "LEAD_UNIT") {
    return { scope: { ...scope, unitId: principal.unitId }, restriction: null, empty: !principal.unitId };
  }
  if (only === "OWN_BODY") {
    return { scope: { ...scope, bodyId: principal.bodyId }, restriction: null, empty: !principal.bodyId };
  }
  if (relations.length === 0) throw forbidden();
  return { scope, restriction: proposalVisibilitySql(principal, "p", operation), empty: false };
}
