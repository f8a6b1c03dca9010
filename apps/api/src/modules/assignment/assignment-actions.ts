// `Assignment.availableActions`: the mutations the viewer may call on an assignment now, so the console
// shows exactly the buttons that would succeed. Uses the same row rules (authorizeRow), transition
// tables and rule checks as the mutations; a few rule checks that need more rows (communication logged,
// co-opinions settled) are left to the mutation's own answer.
import {
  AssignmentAction,
  assignmentTransition,
  compareLocalDates,
  isDomainError,
  isReplyingRole,
  ProposalStatus,
  ReplyStatus,
} from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { authorizeRow, type RowFacts } from "../access/policy";
import { today } from "../calendar/calendar.service";
import type { Reply } from "../reply/reply.entity";
import type { Assignment } from "./assignment.entity";
import { assignmentFacts } from "./assignment-target";
import type { ExtensionRequest } from "./extension-request.entity";

export interface ActionFacts {
  facts: RowFacts;
  round: number;
  extensionRequests: readonly ExtensionRequest[];
  replies: readonly Reply[];
}

interface Candidate {
  operation: string;
  action?: AssignmentAction;
  /** Item statuses the operation works in (HANDLING unless said). */
  itemStatuses?: readonly ProposalStatus[];
  /** Further conditions beyond the transition table. */
  when?: (a: Assignment, f: ActionFacts, ctx: RequestContext) => boolean;
}

const openExtension = (f: ActionFacts): boolean => f.extensionRequests.some((r) => r.decidedAt === null);

const CANDIDATES: readonly Candidate[] = [
  { operation: "receiveAssignment", action: AssignmentAction.RECEIVE },
  {
    operation: "requestReturn",
    action: AssignmentAction.REQUEST_RETURN,
    when: (a, _f, ctx) => compareLocalDates(today(ctx), a.returnWindowEndsOn) <= 0,
  },
  { operation: "decideReturn", action: AssignmentAction.APPROVE_RETURN },
  { operation: "requestExtension", action: AssignmentAction.REQUEST_EXTENSION, when: (a, f) => !openExtension(f) && a.replyDueOn < a.extensionLimitOn },
  { operation: "decideExtension", action: AssignmentAction.DECIDE_EXTENSION, when: (_a, f) => openExtension(f) },
  {
    operation: "logCommunication",
    action: AssignmentAction.LOG_COMMUNICATION,
    itemStatuses: [ProposalStatus.HANDLING, ProposalStatus.REPLIED, ProposalStatus.CLOSED],
  },
  { operation: "sendCoOpinion", action: AssignmentAction.SEND_CO_OPINION },
  { operation: "waiveCoOpinion", action: AssignmentAction.WAIVE_CO_OPINION, when: (a) => a.coOpinionWaivedAt === null },
  {
    operation: "saveReply",
    when: (a, f) => {
      if (!isReplyingRole(a.role) || a.status !== "RECEIVED") return false;
      const current = f.replies.find((r) => r.round === f.round);
      return !current || current.status === ReplyStatus.DRAFT;
    },
  },
  { operation: "remind", action: AssignmentAction.REMIND },
];

function allowed(ctx: RequestContext, a: Assignment, f: ActionFacts, c: Candidate): boolean {
  try {
    authorizeRow(ctx, c.operation, assignmentFacts(f.facts, a));
    if (!(c.itemStatuses ?? [ProposalStatus.HANDLING]).includes(f.facts.status as ProposalStatus)) return false;
    if (c.action) assignmentTransition(c.action, a.status, a.role);
    return c.when ? c.when(a, f, ctx) : true;
  } catch (error) {
    if (isDomainError(error) || (error instanceof Error && error.name === "AppError")) return false;
    throw error;
  }
}

export function availableAssignmentActions(ctx: RequestContext, assignment: Assignment, facts: ActionFacts): string[] {
  return CANDIDATES.filter((c) => allowed(ctx, assignment, facts, c)).map((c) => c.operation);
}
