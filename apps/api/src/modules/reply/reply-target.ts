// Loading the reply a mutation acts on, with the row rules of its assignment applied first (a unit
// user naming another unit's reply gets NOT_FOUND), and its item.
import { ReplyStatus, Role } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { authorizeRow, isUuid, rowFacts, type RowFacts } from "../access/policy";
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
