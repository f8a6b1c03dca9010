// `Reply.availableActions`: the reply mutations the viewer may call now (same row rules and transition
// table as the mutations; the communication and co-opinion checks are left to the mutations' answers).
import { compareLocalDates, isDomainError, ProposalStatus, ReplyAction, replyTransition, ReplyStatus } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { authorizeRow, type RowFacts } from "../access/policy";
import { today } from "../calendar/calendar.service";
import type { Feedback } from "../feedback/feedback.entity";
import type { Reply } from "./reply.entity";

export interface ReplyActionFacts {
  facts: RowFacts;
  itemStatus: ProposalStatus;
  round: number;
  feedback: readonly Feedback[];
  windowEndsOn: string | null;
}

const BY_STATUS: ReadonlyArray<{ operation: string; action: ReplyAction }> = [
  { operation: "submitReply", action: ReplyAction.SUBMIT },
  { operation: "signOffReply", action: ReplyAction.SIGN_OFF },
  { operation: "reviewReply", action: ReplyAction.APPROVE_REVIEW },
];

function authorized(ctx: RequestContext, operation: string, r: Reply, f: ReplyActionFacts): boolean {
  try {
    authorizeRow(ctx, operation, { ...f.facts, assignment: { unitId: r.unitId, replying: true } });
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") return false;
    throw error;
  }
}

function transitionAllowed(action: ReplyAction, status: ReplyStatus): boolean {
  try {
    replyTransition(action, status, { officeReview: true });
    return true;
  } catch (error) {
    if (isDomainError(error)) return false;
    throw error;
  }
}

export function availableReplyActions(ctx: RequestContext, r: Reply, f: ReplyActionFacts): string[] {
  const out: string[] = [];
  if (f.itemStatus === ProposalStatus.HANDLING && r.round === f.round) {
    for (const c of BY_STATUS) if (transitionAllowed(c.action, r.status) && authorized(ctx, c.operation, r, f)) out.push(c.operation);
  }
  const memberId = ctx.principal?.memberId;
  const rateable =
    r.status === ReplyStatus.SENT &&
    r.round === f.round &&
    !!memberId &&
    !f.feedback.some((fb) => fb.memberId === memberId && fb.round === r.round) &&
    f.windowEndsOn !== null &&
    compareLocalDates(today(ctx), f.windowEndsOn) <= 0;
  if (rateable && authorized(ctx, "giveFeedback", r, f)) out.push("giveFeedback");
  return out;
}
