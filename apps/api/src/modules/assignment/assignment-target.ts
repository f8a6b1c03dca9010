// Loading the row a handling mutation acts on, with the row rules applied before anything else: a unit
// user naming another unit's assignment gets NOT_FOUND (as for a missing one), a CO unit attempting a
// LEAD-only action on its own assignment gets FORBIDDEN. Shared by every module of the handling flow.
import { DomainError, ErrorCode, isReplyingRole, type ProposalStatus } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput, notFound } from "../../graphql/errors";
import { authorizeRow, isUuid, rowFacts, type RowFacts } from "../access/policy";
import { Proposal } from "../proposal/proposal.entity";
import { Assignment } from "./assignment.entity";

export interface AssignmentTarget {
  assignment: Assignment;
  facts: RowFacts;
}

/** The row facts of an assignment's item with `facts.assignment` set, as authorizeRow wants them. */
export function assignmentFacts(facts: RowFacts, assignment: Pick<Assignment, "unitId" | "role">): RowFacts {
  return { ...facts, assignment: { unitId: assignment.unitId, replying: isReplyingRole(assignment.role) } };
}

/** The assignment `id` after the row rules of `operation` (NOT_FOUND / FORBIDDEN). */
export async function assignmentTarget(ctx: RequestContext, id: string, operation: string): Promise<AssignmentTarget> {
  if (!isUuid(id)) throw notFound("Assignment");
  const assignment = await ctx.em.getRepository(Assignment).findOneBy({ id });
  if (!assignment) throw notFound("Assignment");
  const facts = await rowFacts(ctx, assignment.proposalId);
  authorizeRow(ctx, operation, assignmentFacts(facts, assignment), "Assignment");
  return { assignment, facts };
}

/** The item `id` after the row rules of `operation`, with its facts. */
export async function proposalTarget(ctx: RequestContext, id: string, operation: string): Promise<{ proposal: Proposal; facts: RowFacts }> {
  const facts = await rowFacts(ctx, id);
  authorizeRow(ctx, operation, facts);
  return { proposal: await loadProposal(ctx, id), facts };
}

export async function loadProposal(ctx: RequestContext, id: string): Promise<Proposal> {
  const proposal = await ctx.em.getRepository(Proposal).findOneBy({ id });
  if (!proposal) throw notFound("Proposal");
  return proposal;
}

/**
 * Work on an assignment happens while its item is in one of `allowed` (HANDLING for most): a refusal
 * names the item's status, like the transition tables do.
 */
export function assertItemStatus(facts: Pick<RowFacts, "status">, allowed: readonly ProposalStatus[], action: string): void {
  if (!(allowed as readonly string[]).includes(facts.status)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} while the item is ${facts.status}`, {
      action,
      itemStatus: facts.status,
      allowedItemStatuses: allowed,
    });
  }
}

/** A trimmed, non-empty text of at most `max` characters, or BAD_USER_INPUT naming the argument. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || [...text].length > max) throw badInput(`${field} must be 1–${max} characters`, { [field]: [`1–${max} characters`] });
  return text;
}

/** Like requireText, but null/undefined/blank mean "none". */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === undefined || value === null || value.trim() === "") return null;
  return requireText(value, field, max);
}
