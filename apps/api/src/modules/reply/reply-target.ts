// Loading the reply a mutation acts on, with the row rules of its assignment applied first (a unit
// user naming another unit's reply gets NOT_FOUND), and its item.
import { AssignmentStatus, DomainError, ErrorCode, ReplyStatus, Role } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { authorizeRow, isUuid, rowFacts, type RowFacts } from "../access/policy";
import { Assignment } from "../assignment/assignment.entity";
import { loadProposal } from "../assignment/assignment-target";
import type { Proposal } from "../proposal/proposal.entity";
import { Reply } from "./reply.entity";

export interface ReplyTarget {
  reply: Reply;
  facts: RowFacts;
  proposal: Proposal;
}

export async function replyTarget(ctx: RequestContext, id: string, operation: string): Promise<ReplyTarget> {
  if (!isUuid(id)) throw notFound("Reply");
  const reply = await ctx.em.getRepository(Reply).findOneBy({ id });
  if (!reply) throw notFound("Reply");
  const facts = await rowFacts(ctx, reply.proposalId);
  const principal = ctx.principal;
  // Members see sent replies only: anything else looks missing to them.
  if (principal?.roles.includes(Role.MEMBER) && principal.roles.length === 1 && reply.status !== ReplyStatus.SENT) throw notFound("Reply");
  authorizeRow(ctx, operation, { ...facts, assignment: { unitId: reply.unitId, replying: true } }, "Reply");
  return { reply, facts, proposal: await loadProposal(ctx, reply.proposalId) };
}

/**
 * A reply moves on only while its assignment is RECEIVED: not once the unit asked to hand it back, nor
 * after an approved return voided it (the office reassigns, and the new unit writes its own reply).
 */
export async function assertAssignmentOpen(ctx: RequestContext, reply: Reply, action: string): Promise<void> {
  const assignment = await ctx.em.getRepository(Assignment).findOneByOrFail({ id: reply.assignmentId });
  if (assignment.status !== AssignmentStatus.RECEIVED) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} a reply while its assignment is ${assignment.status}`, {
      action,
      assignmentStatus: assignment.status,
    });
  }
}
