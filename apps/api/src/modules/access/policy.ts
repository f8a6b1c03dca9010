// The row rules of DOMAIN.md §5, in one place, driven by the permission matrix of @jyta/domain
// (`rowRelations(operation, roles)`). Two forms of the same rules:
//   - `authorizeRow` checks one item (or one assignment of it) before a mutation or a read by id;
//   - `proposalVisibilitySql` yields a SQL predicate for lists, figures and loaders.
// A denial of a row the caller cannot see looks exactly like a missing row (NOT_FOUND); a row they
// can see but may not act on gives FORBIDDEN (e.g. a LEAD-only action by a CO unit).
import { rowRelations, type RowRelation } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import type { Principal } from "../auth/principal";

/** What the rules need to know about an item (and, for assignment operations, the assignment). */
export interface RowFacts {
  proposalId: string;
  status: string;
  bodyId: string;
  /** Units with a live (not voided) assignment on the item. */
  unitIds: readonly string[];
  /** Units with a live replying (SOLE, LEAD, SPLIT) assignment. */
  leadUnitIds: readonly string[];
  /** Proposers of the item and of the items merged into it (they receive its reply). */
  proposerMemberIds: readonly string[];
  enteredById: string | null;
  /** Set when the operation targets one assignment. */
  assignment?: { unitId: string; replying: boolean };
}

function holds(principal: Principal, relation: RowRelation, facts: RowFacts): boolean {
  const isDraft = facts.status === "DRAFT";
  switch (relation) {
    case "ANY":
    case "READ_ALL":
      return !isDraft || facts.enteredById === principal.userId;
    case "OWN_BODY":
      return facts.bodyId === principal.bodyId && (!isDraft || facts.enteredById === principal.userId);
    case "OWN_UNIT":
      if (!principal.unitId) return false;
      return facts.assignment ? facts.assignment.unitId === principal.unitId : facts.unitIds.includes(principal.unitId);
    case "LEAD_UNIT":
      if (!principal.unitId) return false;
      return facts.assignment
        ? facts.assignment.unitId === principal.unitId && facts.assignment.replying
        : facts.leadUnitIds.includes(principal.unitId);
    case "OWN_PROPOSER":
      return !!principal.memberId && facts.proposerMemberIds.includes(principal.memberId);
  }
}

/** May the caller see this item (or, with `facts.assignment`, this assignment)? */
export function canSee(principal: Principal, facts: RowFacts): boolean {
  const relations = rowRelations("proposal", principal.roles);
  const unitRelation = (r: RowRelation): boolean => r === "OWN_UNIT" || r === "LEAD_UNIT";
  return relations.some((r) => {
    // A unit user sees an assignment only if it is their unit's (DOMAIN.md §5).
    if (facts.assignment && unitRelation(r)) return facts.assignment.unitId === principal.unitId;
    return holds(principal, r, { ...facts, assignment: undefined });
  });
}

/** Throws NOT_FOUND (cannot see) or FORBIDDEN (can see, may not act) unless `operation` is allowed on the row. */
export function authorizeRow(ctx: RequestContext, operation: string, facts: RowFacts, what = "Proposal"): void {
  const principal = ctx.principal;
  if (!principal) throw notFound(what);
  if (rowRelations(operation, principal.roles).some((r) => holds(principal, r, facts))) return;
  if (canSee(principal, facts)) throw forbidden();
  throw notFound(what);
}

interface FactsRow {
  id: string;
  status: string;
  body_id: string;
  entered_by_id: string | null;
  unit_ids: string[];
  lead_unit_ids: string[];
  proposer_ids: string[];
}

const FACTS_SQL = `
  SELECT p.id, p.status, s.body_id, p.entered_by_id,
         COALESCE((SELECT array_agg(a.unit_id::text) FROM assignment a WHERE a.proposal_id = p.id AND a.voided_at IS NULL), '{}') AS unit_ids,
         COALESCE((SELECT array_agg(a.unit_id::text) FROM assignment a WHERE a.proposal_id = p.id AND a.voided_at IS NULL AND a.role <> 'CO'), '{}') AS lead_unit_ids,
         COALESCE((SELECT array_agg(pp.member_id::text) FROM proposal_proposer pp
                    WHERE pp.proposal_id = p.id
                       OR pp.proposal_id IN (SELECT m.id FROM proposal m WHERE m.merged_into_id = p.id)), '{}') AS proposer_ids
    FROM proposal p JOIN assembly_session s ON s.id = p.session_id
   WHERE p.id = ANY($1::uuid[])`;

/** Row facts of several items in one statement (missing ids are absent from the map). */
export async function loadRowFacts(ctx: RequestContext, proposalIds: readonly string[]): Promise<Map<string, RowFacts>> {
  const rows: FactsRow[] = await ctx.em.query(FACTS_SQL, [proposalIds]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        proposalId: r.id,
        status: r.status,
        bodyId: r.body_id,
        enteredById: r.entered_by_id,
        unitIds: r.unit_ids,
        leadUnitIds: r.lead_unit_ids,
        proposerMemberIds: r.proposer_ids,
      },
    ]),
  );
}

/** Row facts of one item; NOT_FOUND when it does not exist (or the id is malformed). */
export async function rowFacts(ctx: RequestContext, proposalId: string): Promise<RowFacts> {
  if (!isUuid(proposalId)) throw notFound("Proposal");
  const facts = (await loadRowFacts(ctx, [proposalId])).get(proposalId);
  if (!facts) throw notFound("Proposal");
  return facts;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * A SQL predicate over the proposal alias `p` selecting the items `operation` lets the caller see,
 * with its parameters (named, for TypeORM query builders). The same rules as `authorizeRow`.
 */
export function proposalVisibilitySql(principal: Principal | null, alias = "p", operation = "proposals"): { sql: string; params: Record<string, unknown> } {
  if (!principal) return { sql: "FALSE", params: {} };
  const params: Record<string, unknown> = { policyUserId: principal.userId };
  const notDraft = `(${alias}.status <> 'DRAFT' OR ${alias}.entered_by_id = :policyUserId)`;
  const parts = rowRelations(operation, principal.roles).map((relation): string => {
    switch (relation) {
      case "ANY":
      case "READ_ALL":
        return notDraft;
      case "OWN_BODY":
        params.policyBodyId = principal.bodyId;
        return `(${notDraft} AND ${alias}.session_id IN (SELECT vs.id FROM assembly_session vs WHERE vs.body_id = :policyBodyId))`;
      case "OWN_UNIT":
      case "LEAD_UNIT":
        params.policyUnitId = principal.unitId;
        return `EXISTS (SELECT 1 FROM assignment va WHERE va.proposal_id = ${alias}.id AND va.unit_id = :policyUnitId AND va.voided_at IS NULL${relation === "LEAD_UNIT" ? " AND va.role <> 'CO'" : ""})`;
      case "OWN_PROPOSER":
        params.policyMemberId = principal.memberId;
        return `EXISTS (SELECT 1 FROM proposal_proposer vp WHERE vp.member_id = :policyMemberId AND (vp.proposal_id = ${alias}.id OR vp.proposal_id IN (SELECT vm.id FROM proposal vm WHERE vm.merged_into_id = ${alias}.id)))`;
    }
  });
  return { sql: parts.length ? `(${parts.join(" OR ")})` : "FALSE", params };
}
