// What the viewer may do to an item now: the domain's allowed actions for its status and the
// viewer's roles, kept only where the row rules let the viewer perform the operation behind the
// action on this row. The console shows exactly these buttons.
import { allowedProposalActions, isOperationName, PROPOSAL_TRANSITIONS, type ProposalAction } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { authorizeRow, type RowFacts } from "../access/policy";
import type { Proposal } from "./proposal.entity";

/** Actions whose API operation is not the one named in the transition table. */
const OPERATION_OF: Partial<Record<ProposalAction, string>> = {
  // A DRAFT is submitted with submitDraft; submitProposal creates items.
  submit: "submitDraft",
};

function operationOf(action: ProposalAction): string | undefined {
  const op = OPERATION_OF[action] ?? PROPOSAL_TRANSITIONS.find((t) => t.action === action)?.operation;
  return op && isOperationName(op) ? op : undefined;
}

function allows(ctx: RequestContext, operation: string, facts: RowFacts): boolean {
  try {
    authorizeRow(ctx, operation, facts);
    return true;
  } catch {
    return false;
  }
}

/** What the guards beyond status, role and row need: the first proposer withdraws (see proposal-intake.service); reassign replaces a return. */
export interface ActionFacts {
  firstProposerId: string | undefined;
  /** Asked only when reassign is otherwise possible (it costs a statement). */
  returnAwaitsReplacement: () => Promise<boolean>;
}

export async function availableActions(ctx: RequestContext, proposal: Proposal, facts: RowFacts | null, more: ActionFacts): Promise<ProposalAction[]> {
  const principal = ctx.principal;
  if (!principal || !facts) return [];
  const candidates = allowedProposalActions(proposal.status, principal.roles).filter((action) => {
    const operation = operationOf(action);
    if (!operation || !allows(ctx, operation, facts)) return false;
    if (action === "withdraw") return !!principal.memberId && principal.memberId === more.firstProposerId;
    return true;
  });
  if (candidates.includes("reassign") && !(await more.returnAwaitsReplacement())) return candidates.filter((a) => a !== "reassign");
  return candidates;
}
