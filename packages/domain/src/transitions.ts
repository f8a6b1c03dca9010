// THE table of allowed state changes (DOMAIN.md §2) for items, assignments and replies. The API refuses
// any change not listed here with INVALID_TRANSITION, and its compare-and-set updates use `from` as the
// `status = ANY($2)` guard; the console shows a button only for `allowed…Actions`. Keeping all three
// levels in one file makes the life of an item reviewable at a glance.
import { REPLYING_ASSIGNMENT_ROLES } from "./assignment-roles";
import { AssignmentRole, AssignmentStatus, ProposalStatus, ReplyStatus, Role } from "./enums";
import { DomainError, ErrorCode } from "./errors";

/** One allowed change. `to: null` means the action is allowed but leaves the status as it is. */
export interface TransitionRule<A extends string, S extends string> {
  readonly action: A;
  readonly from: readonly S[];
  readonly to: S | null;
  /** Roles that may perform it; empty for changes only the system makes (as a consequence of another). */
  readonly roles: readonly Role[];
  /** The API operation that performs it, or the one that triggers it for system changes. */
  readonly operation: string;
}

const UNIT: readonly Role[] = [Role.UNIT_HANDLER, Role.UNIT_LEADER];
const OFFICE: readonly Role[] = [Role.OFFICE];
const COMMITTEE: readonly Role[] = [Role.COMMITTEE];
const SYSTEM: readonly Role[] = [];
const S = ProposalStatus;
const A = AssignmentStatus;
const R = ReplyStatus;

// ---- Items ----

export const ProposalAction = {
  SUBMIT: "submit",
  WITHDRAW: "withdraw",
  REGISTER: "register",
  DECLINE: "decline",
  MERGE: "merge",
  ASSIGN: "assign",
  REASSIGN: "reassign",
  MARK_REPLIED: "markReplied",
  CLOSE_ON_FEEDBACK: "closeOnFeedback",
  CLOSE_ON_LAPSE: "closeOnLapse",
  ORDER_REHANDLING: "orderRehandling",
  CLOSE: "close",
} as const;
export type ProposalAction = (typeof ProposalAction)[keyof typeof ProposalAction];

export const PROPOSAL_TRANSITIONS: readonly TransitionRule<ProposalAction, ProposalStatus>[] = [
  // Committee staff may submit on a member's behalf (代录).
  { action: "submit", from: [S.DRAFT], to: S.SUBMITTED, roles: [Role.MEMBER, Role.COMMITTEE], operation: "submitProposal" },
  { action: "withdraw", from: [S.DRAFT, S.SUBMITTED], to: S.WITHDRAWN, roles: [Role.MEMBER], operation: "withdrawProposal" },
  { action: "register", from: [S.SUBMITTED], to: S.REGISTERED, roles: COMMITTEE, operation: "registerProposal" },
  { action: "decline", from: [S.SUBMITTED], to: S.NOT_REGISTERED, roles: COMMITTEE, operation: "declineProposal" },
  // The items merged away; a registered item may still be merged as long as it is not yet assigned.
  { action: "merge", from: [S.SUBMITTED, S.REGISTERED], to: S.MERGED, roles: COMMITTEE, operation: "mergeProposals" },
  { action: "assign", from: [S.REGISTERED], to: S.HANDLING, roles: OFFICE, operation: "assignProposal" },
  // After an approved return the item stays in handling and gets a new unit.
  { action: "reassign", from: [S.HANDLING], to: null, roles: OFFICE, operation: "assignProposal" },
  // Every SOLE/LEAD/SPLIT assignment has a sent reply for the current round.
  { action: "markReplied", from: [S.HANDLING], to: S.REPLIED, roles: SYSTEM, operation: "signOffReply / reviewReply (last reply sent)" },
  // The first proposer rates SATISFIED/BASICALLY_SATISFIED, or any rating in round 2.
  { action: "closeOnFeedback", from: [S.REPLIED], to: S.CLOSED, roles: [Role.MEMBER], operation: "giveFeedback" },
  { action: "closeOnLapse", from: [S.REPLIED], to: S.CLOSED, roles: SYSTEM, operation: "(feedback window lapsed)" },
  { action: "orderRehandling", from: [S.REPLIED], to: S.HANDLING, roles: OFFICE, operation: "orderRehandling" },
  { action: "close", from: [S.REPLIED], to: S.CLOSED, roles: OFFICE, operation: "closeProposal" },
];

/** What `reassign` needs to know of an item's assignments (live ones have no `voidedAt`). */
export interface AssignmentDates {
  readonly assignedAt: Date;
  readonly voidedAt: Date | null;
}

/**
 * Whether an item in handling has a returned assignment still to replace (the guard of "reassign"):
 * some assignment was voided after the newest live one was made. Otherwise the office would be
 * adding units to a plan it already settled.
 */
export function returnAwaitsReplacement(assignments: readonly AssignmentDates[]): boolean {
  const newestLive = Math.max(-Infinity, ...assignments.filter((a) => a.voidedAt === null).map((a) => a.assignedAt.getTime()));
  return assignments.some((a) => a.voidedAt !== null && a.voidedAt.getTime() > newestLive);
}

/** Statuses the primary item of a merge may have: it must be registered (and may already be handled). */
export const MERGE_PRIMARY_STATUSES: readonly ProposalStatus[] = [S.REGISTERED, S.HANDLING];

/** Statuses from which nothing moves on. */
export const FINAL_PROPOSAL_STATUSES: readonly ProposalStatus[] = [S.NOT_REGISTERED, S.MERGED, S.WITHDRAWN, S.CLOSED];

// ---- Assignments ----

export const AssignmentAction = {
  RECEIVE: "receive",
  REQUEST_RETURN: "requestReturn",
  APPROVE_RETURN: "approveReturn",
  REJECT_RETURN: "rejectReturn",
  SEND_CO_OPINION: "sendCoOpinion",
  WAIVE_CO_OPINION: "waiveCoOpinion",
  REQUEST_EXTENSION: "requestExtension",
  DECIDE_EXTENSION: "decideExtension",
  LOG_COMMUNICATION: "logCommunication",
  REMIND: "remind",
  MARK_REPLIED: "markReplied",
  REOPEN_FOR_REHANDLING: "reopenForRehandling",
} as const;
export type AssignmentAction = (typeof AssignmentAction)[keyof typeof AssignmentAction];

export interface AssignmentTransitionRule extends TransitionRule<AssignmentAction, AssignmentStatus> {
  /** The assignment roles the action applies to. */
  readonly assignmentRoles: readonly AssignmentRole[];
}

const ALL_ROLES: readonly AssignmentRole[] = Object.values(AssignmentRole);
const CO_ONLY: readonly AssignmentRole[] = [AssignmentRole.CO];
const REPLYING = REPLYING_ASSIGNMENT_ROLES;

export const ASSIGNMENT_TRANSITIONS: readonly AssignmentTransitionRule[] = [
  { action: "receive", from: [A.PENDING], to: A.RECEIVED, roles: UNIT, assignmentRoles: ALL_ROLES, operation: "receiveAssignment" },
  { action: "requestReturn", from: [A.PENDING, A.RECEIVED], to: A.RETURN_REQUESTED, roles: UNIT, assignmentRoles: ALL_ROLES, operation: "requestReturn" },
  // Approved: the assignment is void and the office reassigns the item.
  { action: "approveReturn", from: [A.RETURN_REQUESTED], to: A.RETURNED, roles: OFFICE, assignmentRoles: ALL_ROLES, operation: "decideReturn" },
  // Rejected: the unit keeps it; asking implies the unit has seen it, so it counts as received.
  { action: "rejectReturn", from: [A.RETURN_REQUESTED], to: A.RECEIVED, roles: OFFICE, assignmentRoles: ALL_ROLES, operation: "decideReturn" },
  { action: "sendCoOpinion", from: [A.RECEIVED], to: A.OPINION_SENT, roles: UNIT, assignmentRoles: CO_ONLY, operation: "sendCoOpinion" },
  // The waiver is recorded beside the assignment; the status stays, so the on-time figure stays honest.
  { action: "waiveCoOpinion", from: [A.PENDING, A.RECEIVED], to: null, roles: OFFICE, assignmentRoles: CO_ONLY, operation: "waiveCoOpinion" },
  { action: "requestExtension", from: [A.RECEIVED], to: null, roles: UNIT, assignmentRoles: REPLYING, operation: "requestExtension" },
  { action: "decideExtension", from: [A.RECEIVED], to: null, roles: OFFICE, assignmentRoles: REPLYING, operation: "decideExtension" },
  { action: "logCommunication", from: [A.RECEIVED, A.OPINION_SENT, A.REPLIED], to: null, roles: UNIT, assignmentRoles: ALL_ROLES, operation: "logCommunication" },
  { action: "remind", from: [A.PENDING, A.RECEIVED], to: null, roles: OFFICE, assignmentRoles: ALL_ROLES, operation: "remind" },
  { action: "markReplied", from: [A.RECEIVED], to: A.REPLIED, roles: SYSTEM, assignmentRoles: REPLYING, operation: "signOffReply / reviewReply (reply sent)" },
  { action: "reopenForRehandling", from: [A.REPLIED], to: A.RECEIVED, roles: SYSTEM, assignmentRoles: REPLYING, operation: "orderRehandling" },
];

/** Assignments that still carry a duty (a returned one is void). */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  A.PENDING,
  A.RECEIVED,
  A.RETURN_REQUESTED,
  A.OPINION_SENT,
  A.REPLIED,
];

// ---- Replies ----

export const ReplyAction = {
  SAVE: "save",
  SUBMIT: "submit",
  SIGN_OFF: "signOff",
  APPROVE_REVIEW: "approveReview",
  REJECT_REVIEW: "rejectReview",
} as const;
export type ReplyAction = (typeof ReplyAction)[keyof typeof ReplyAction];

export interface ReplyTransitionRule extends TransitionRule<ReplyAction, ReplyStatus> {
  /** Where the action leads when the rule set asks for no office review of this item. */
  readonly toWithoutReview?: ReplyStatus;
}

export const REPLY_TRANSITIONS: readonly ReplyTransitionRule[] = [
  { action: "save", from: [R.DRAFT], to: null, roles: UNIT, operation: "saveReply" },
  { action: "submit", from: [R.DRAFT], to: R.AWAITING_SIGNOFF, roles: UNIT, operation: "submitReply" },
  { action: "signOff", from: [R.AWAITING_SIGNOFF], to: R.AWAITING_REVIEW, toWithoutReview: R.SENT, roles: [Role.UNIT_LEADER], operation: "signOffReply" },
  { action: "approveReview", from: [R.AWAITING_REVIEW], to: R.SENT, roles: OFFICE, operation: "reviewReply" },
  // 退改: back to the handler, counted for the rework deduction.
  { action: "rejectReview", from: [R.AWAITING_REVIEW], to: R.DRAFT, roles: OFFICE, operation: "reviewReply" },
];

// ---- Functions ----

function ruleFor<T extends TransitionRule<string, string>>(table: readonly T[], action: string): T {
  const rule = table.find((r) => r.action === action);
  if (!rule) throw new DomainError(ErrorCode.INVALID_TRANSITION, `Unknown action "${action}"`, { action });
  return rule;
}

function refuse(level: string, action: string, from: string, allowedFrom: readonly string[]): never {
  throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} ${level} in status ${from}`, {
    action,
    from,
    allowedFrom,
  });
}

function mayPerform(rule: TransitionRule<string, string>, roles: readonly Role[]): boolean {
  return rule.roles.some((r) => roles.includes(r));
}

/** The item status after `action`, or DomainError(INVALID_TRANSITION) when `from` does not allow it. */
export function proposalTransition(action: ProposalAction, from: ProposalStatus): ProposalStatus {
  const rule = ruleFor(PROPOSAL_TRANSITIONS, action);
  if (!rule.from.includes(from)) refuse("an item", action, from, rule.from);
  return rule.to ?? from;
}

/** The item actions a user holding `roles` may take in `status` (row rules are checked elsewhere). */
export function allowedProposalActions(status: ProposalStatus, roles: readonly Role[]): ProposalAction[] {
  return PROPOSAL_TRANSITIONS.filter((r) => r.from.includes(status) && mayPerform(r, roles)).map((r) => r.action);
}

/** The assignment status after `action`; CO-only actions are refused on replying assignments and vice versa. */
export function assignmentTransition(
  action: AssignmentAction,
  from: AssignmentStatus,
  assignmentRole: AssignmentRole,
): AssignmentStatus {
  const rule = ruleFor(ASSIGNMENT_TRANSITIONS, action);
  if (!rule.assignmentRoles.includes(assignmentRole)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} a ${assignmentRole} assignment`, {
      action,
      assignmentRole,
      allowedAssignmentRoles: rule.assignmentRoles,
    });
  }
  if (!rule.from.includes(from)) refuse("an assignment", action, from, rule.from);
  return rule.to ?? from;
}

export function allowedAssignmentActions(
  status: AssignmentStatus,
  assignmentRole: AssignmentRole,
  roles: readonly Role[],
): AssignmentAction[] {
  return ASSIGNMENT_TRANSITIONS.filter(
    (r) => r.from.includes(status) && r.assignmentRoles.includes(assignmentRole) && mayPerform(r, roles),
  ).map((r) => r.action);
}

/**
 * The reply status after `action`. `officeReview` (see `officeReviewApplies`) decides where sign-off
 * leads and must be given for it: guessing would send unreviewed key replies.
 */
export function replyTransition(action: ReplyAction, from: ReplyStatus, context?: { officeReview: boolean }): ReplyStatus {
  const rule = ruleFor(REPLY_TRANSITIONS, action);
  if (!rule.from.includes(from)) refuse("a reply", action, from, rule.from);
  if (rule.toWithoutReview !== undefined) {
    if (context === undefined) throw new TypeError(`replyTransition("${action}") needs { officeReview }`);
    if (!context.officeReview) return rule.toWithoutReview;
  }
  return rule.to ?? from;
}

export function allowedReplyActions(status: ReplyStatus, roles: readonly Role[]): ReplyAction[] {
  return REPLY_TRANSITIONS.filter((r) => r.from.includes(status) && mayPerform(r, roles)).map((r) => r.action);
}
