// Every enumeration of the GraphQL contract (API.md) plus the domain's own code lists. Each is a const
// object whose values equal its keys, so the same object serves as a TypeScript type, a runtime list
// (`Object.values`, used for SQL CHECKs and type-graphql's registerEnumType) and the wire value.
// Values must match API.md exactly: other government apps call the API with them.

export const Role = {
  ADMIN: "ADMIN",
  COMMITTEE: "COMMITTEE",
  OFFICE: "OFFICE",
  UNIT_HANDLER: "UNIT_HANDLER",
  UNIT_LEADER: "UNIT_LEADER",
  MEMBER: "MEMBER",
  LEADER: "LEADER",
  API_CLIENT: "API_CLIENT",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const BodyKind = { CPPCC: "CPPCC", PEOPLES_CONGRESS: "PEOPLES_CONGRESS" } as const;
export type BodyKind = (typeof BodyKind)[keyof typeof BodyKind];

export const ProposalKind = {
  PROPOSAL: "PROPOSAL",
  SUGGESTION: "SUGGESTION",
  MICRO_SUGGESTION: "MICRO_SUGGESTION",
} as const;
export type ProposalKind = (typeof ProposalKind)[keyof typeof ProposalKind];

export const SubmitterType = {
  INDIVIDUAL: "INDIVIDUAL",
  JOINT: "JOINT",
  PARTY_GROUP: "PARTY_GROUP",
  COMMITTEE: "COMMITTEE",
} as const;
export type SubmitterType = (typeof SubmitterType)[keyof typeof SubmitterType];

export const ProposalStatus = {
  DRAFT: "DRAFT",
  SUBMITTED: "SUBMITTED",
  REGISTERED: "REGISTERED",
  NOT_REGISTERED: "NOT_REGISTERED",
  MERGED: "MERGED",
  WITHDRAWN: "WITHDRAWN",
  HANDLING: "HANDLING",
  REPLIED: "REPLIED",
  CLOSED: "CLOSED",
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

export const AssignmentRole = { SOLE: "SOLE", LEAD: "LEAD", CO: "CO", SPLIT: "SPLIT" } as const;
export type AssignmentRole = (typeof AssignmentRole)[keyof typeof AssignmentRole];

export const AssignmentStatus = {
  PENDING: "PENDING",
  RECEIVED: "RECEIVED",
  RETURN_REQUESTED: "RETURN_REQUESTED",
  RETURNED: "RETURNED",
  OPINION_SENT: "OPINION_SENT",
  REPLIED: "REPLIED",
} as const;
export type AssignmentStatus = (typeof AssignmentStatus)[keyof typeof AssignmentStatus];

export const DueState = { ON_TRACK: "ON_TRACK", DUE_SOON: "DUE_SOON", OVERDUE: "OVERDUE", DONE: "DONE" } as const;
export type DueState = (typeof DueState)[keyof typeof DueState];

export const ReplyStatus = {
  DRAFT: "DRAFT",
  AWAITING_SIGNOFF: "AWAITING_SIGNOFF",
  AWAITING_REVIEW: "AWAITING_REVIEW",
  SENT: "SENT",
} as const;
export type ReplyStatus = (typeof ReplyStatus)[keyof typeof ReplyStatus];

export const Satisfaction = {
  SATISFIED: "SATISFIED",
  BASICALLY_SATISFIED: "BASICALLY_SATISFIED",
  DISSATISFIED: "DISSATISFIED",
} as const;
export type Satisfaction = (typeof Satisfaction)[keyof typeof Satisfaction];

export const CommunicationMethod = {
  VISIT: "VISIT",
  FIELD_SURVEY: "FIELD_SURVEY",
  PHONE: "PHONE",
  LETTER: "LETTER",
  MEETING: "MEETING",
  ONLINE: "ONLINE",
} as const;
export type CommunicationMethod = (typeof CommunicationMethod)[keyof typeof CommunicationMethod];

export const CommunicationStage = { BEFORE: "BEFORE", DURING: "DURING", AFTER: "AFTER" } as const;
export type CommunicationStage = (typeof CommunicationStage)[keyof typeof CommunicationStage];

// ---- Code lists of the domain that API.md leaves as strings or does not name yet ----

export const UnitKind = { DEPARTMENT: "DEPARTMENT", TOWN: "TOWN", STREET: "STREET", OTHER: "OTHER" } as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/** 督办: the kinds of supervision event the office records on an item or assignment. */
export const SupervisionKind = {
  REMINDER: "REMINDER",
  INSPECTION: "INSPECTION",
  SPOT_CHECK: "SPOT_CHECK",
  RECHECK: "RECHECK",
  MEETING: "MEETING",
  LEADER_INSTRUCTION: "LEADER_INSTRUCTION",
} as const;
export type SupervisionKind = (typeof SupervisionKind)[keyof typeof SupervisionKind];

/** 不予立案 reason codes: the `reasonCode` argument of declineProposal. */
export const DeclineReason = {
  SECRET: "SECRET",
  PERSONAL: "PERSONAL",
  LITIGATION: "LITIGATION",
  ACADEMIC: "ACADEMIC",
  PROMOTION: "PROMOTION",
  NO_CONTENT: "NO_CONTENT",
  OTHER: "OTHER",
} as const;
export type DeclineReason = (typeof DeclineReason)[keyof typeof DeclineReason];

export const NotificationKind = {
  ASSIGNED: "ASSIGNED",
  RETURN_DECIDED: "RETURN_DECIDED",
  EXTENSION_DECIDED: "EXTENSION_DECIDED",
  /** A CO unit's opinion reached the LEAD unit (会办意见已送达). */
  CO_OPINION_SENT: "CO_OPINION_SENT",
  REPLY_AWAITING_SIGNOFF: "REPLY_AWAITING_SIGNOFF",
  REPLY_AWAITING_REVIEW: "REPLY_AWAITING_REVIEW",
  /** The office sent a unit's reply back for rework (退回修改). */
  REPLY_RETURNED: "REPLY_RETURNED",
  REPLY_SENT: "REPLY_SENT",
  REHANDLING_ORDERED: "REHANDLING_ORDERED",
  DUE_SOON: "DUE_SOON",
  OVERDUE: "OVERDUE",
  REMINDER: "REMINDER",
  DECLINED: "DECLINED",
  REGISTERED: "REGISTERED",
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** True when `value` is one of the values of the const enum object (for narrowing untrusted input). */
export function isEnumValue<T extends string>(values: Readonly<Record<string, T>>, value: unknown): value is T {
  return typeof value === "string" && (Object.values(values) as string[]).includes(value);
}
