// Loading one item for a state change: its row facts decide NOT_FOUND (cannot see) or FORBIDDEN (can
// see, may not act) through the one policy module, before anything is read for the change itself.
import { DomainError, ErrorCode, ProposalStatus } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { authorizeRow, rowFacts, type RowFacts } from "../access/policy";
import { Proposal } from "./proposal.entity";

export interface ProposalForAction {
  proposal: Proposal;
  facts: RowFacts;
}

/** The item `id`, once `operation` is allowed on it for the caller. */
export async function proposalForAction(ctx: RequestContext, id: string, operation: string): Promise<ProposalForAction> {
  const facts = await rowFacts(ctx, id);
  authorizeRow(ctx, operation, facts);
  const proposal = await ctx.em.getRepository(Proposal).findOneByOrFail({ id });
  return { proposal, facts };
}

/** Re-reads the item after a compare-and-set, so the mutation returns what was committed. */
export function reloadProposal(ctx: RequestContext, id: string): Promise<Proposal> {
  return ctx.em.getRepository(Proposal).findOneByOrFail({ id });
}

/** Statuses an item has once it is registered (立案) and numbered. */
export const NUMBERED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.REGISTERED,
  ProposalStatus.HANDLING,
  ProposalStatus.REPLIED,
  ProposalStatus.CLOSED,
];

/** Supervision flags (key item, No. 1) only make sense on registered items: others are refused like a transition. */
export function assertNumbered(proposal: Proposal, action: string): void {
  if (!NUMBERED_STATUSES.includes(proposal.status)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} an item in status ${proposal.status}`, {
      action,
      from: proposal.status,
      allowedFrom: NUMBERED_STATUSES,
    });
  }
}

/** The current user's id: every mutation has one (API tokens are read-only, see the transaction middleware). */
export function actorUserId(ctx: RequestContext): string {
  const id = ctx.principal?.userId;
  if (!id) throw new Error("mutation without a user principal");
  return id;
}
