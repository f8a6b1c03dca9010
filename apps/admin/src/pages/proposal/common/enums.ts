// Runtime lists of the item enums in display order; `satisfies` makes a schema change a compile error.
import type {
  AssignmentRole,
  CommunicationMethod,
  CommunicationStage,
  DeclineReason,
  DueState,
  NotificationKind,
  ProposalKind,
  ProposalSort,
  ProposalStatus,
  Satisfaction,
  SubmitterType,
  SupervisionKind,
} from "@jyta/client";

function keysOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const PROPOSAL_KINDS = keysOf<ProposalKind>({ PROPOSAL: true, SUGGESTION: true, MICRO_SUGGESTION: true });
export const PROPOSAL_STATUSES = keysOf<ProposalStatus>({
  DRAFT: true,
  SUBMITTED: true,
  REGISTERED: true,
  HANDLING: true,
  REPLIED: true,
  CLOSED: true,
  NOT_REGISTERED: true,
  MERGED: true,
  WITHDRAWN: true,
});
export const DUE_STATES = keysOf<DueState>({ ON_TRACK: true, DUE_SOON: true, OVERDUE: true, DONE: true });
export const SUBMITTER_TYPES = keysOf<SubmitterType>({ INDIVIDUAL: true, JOINT: true, PARTY_GROUP: true, COMMITTEE: true });
export const ASSIGNMENT_ROLES = keysOf<AssignmentRole>({ SOLE: true, LEAD: true, CO: true, SPLIT: true });
export const SATISFACTIONS = keysOf<Satisfaction>({ SATISFIED: true, BASICALLY_SATISFIED: true, DISSATISFIED: true });
export const COMMUNICATION_METHODS = keysOf<CommunicationMethod>({ VISIT: true, FIELD_SURVEY: true, PHONE: true, LETTER: true, MEETING: true, ONLINE: true });
export const COMMUNICATION_STAGES = keysOf<CommunicationStage>({ BEFORE: true, DURING: true, AFTER: true });
export const DECLINE_REASONS = keysOf<DeclineReason>({ SECRET: true, PERSONAL: true, LITIGATION: true, ACADEMIC: true, PROMOTION: true, NO_CONTENT: true, OTHER: true });
export const SUPERVISION_KINDS = keysOf<SupervisionKind>({ INSPECTION: true, SPOT_CHECK: true, RECHECK: true, MEETING: true, LEADER_INSTRUCTION: true, REMINDER: true }).filter(
  (k) => k !== "REMINDER", // reminders go through `remind`
);
export const NOTIFICATION_KINDS = keysOf<NotificationKind>({
  ASSIGNED: true,
  REMINDER: true,
  DUE_SOON: true,
  OVERDUE: true,
  RETURN_DECIDED: true,
  EXTENSION_DECIDED: true,
  CO_OPINION_SENT: true,
  REPLY_AWAITING_SIGNOFF: true,
  REPLY_AWAITING_REVIEW: true,
  REPLY_RETURNED: true,
  REPLY_SENT: true,
  REHANDLING_ORDERED: true,
  REGISTERED: true,
  DECLINED: true,
});
export const PROPOSAL_SORTS = keysOf<ProposalSort>({
  NUMBER_ASC: true,
  NUMBER_DESC: true,
  REGISTERED_AT_DESC: true,
  SUBMITTED_AT_DESC: true,
  TITLE_ASC: true,
  UPDATED_AT_DESC: true,
});
