// Which forms the viewer may open now. The API says so through `availableActions` on the item, its
// assignments and its replies; the few operations it does not list there (supervision marks and the
// follow-up) follow the permission matrix (DOMAIN.md §5) and the item's state.
import type { ProposalStatus, Role } from "@jyta/client";
import type { AssignmentView, ProposalView, ReplyView } from "../common/types";
import type { RuleSetView } from "../common/useRuleSets";

export const ITEM_ACTIONS = [
  "submit",
  "withdraw",
  "register",
  "decline",
  "merge",
  "assign",
  "reassign",
  "orderRehandling",
  "close",
  "markKey",
  "markNumberOne",
  "recordSupervision",
  "resolveFollowUp",
  "editDraft",
] as const;
export const ASSIGNMENT_ACTIONS = [
  "receiveAssignment",
  "requestReturn",
  "decideReturn",
  "requestExtension",
  "decideExtension",
  "logCommunication",
  "sendCoOpinion",
  "waiveCoOpinion",
  "saveReply",
  "remind",
  "addFollowUpNote",
] as const;
export const REPLY_ACTIONS = ["submitReply", "signOffReply", "reviewReply", "giveFeedback"] as const;

export type ItemAction = (typeof ITEM_ACTIONS)[number];
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];
export type ReplyAction = (typeof REPLY_ACTIONS)[number];
export type ActionKey = ItemAction | AssignmentAction | ReplyAction;

/** The open form: an item action, or one on an assignment or a reply. */
export interface ActionTarget {
  action: ActionKey;
  assignmentId?: string;
  replyId?: string;
}

export interface Viewer {
  roles: readonly Role[];
  unitId: string | undefined;
}

const SUPERVISED: readonly ProposalStatus[] = ["REGISTERED", "HANDLING", "REPLIED", "CLOSED"];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A reply of the current round whose category keeps the item on the follow-up list (B/C). */
function onFollowUpList(p: ProposalView, rules: RuleSetView | undefined): boolean {
  const codes = new Set(rules?.categories.filter((c) => c.followUp).map((c) => c.code) ?? []);
  return !p.followUpResolvedAt && p.replies.some((r) => r.status === "SENT" && r.round === p.round && codes.has(r.category));
}

export function itemActions(p: ProposalView, viewer: Viewer, rules: RuleSetView | undefined): ItemAction[] {
  // The API lists reassign only while a returned assignment awaits its replacement (its own guard over
  // voided assignments, which this page does not load): no second guess here.
  const out = p.availableActions.filter((a): a is ItemAction => isOneOf(ITEM_ACTIONS, a));
  // updateDraft is no transition, so the API does not list it; it has the row rules of submitDraft.
  if (p.status === "DRAFT" && out.includes("submit")) out.unshift("editDraft");
  const office = viewer.roles.includes("OFFICE");
  if (office && SUPERVISED.includes(p.status)) out.push("markKey", "markNumberOne", "recordSupervision");
  const leadUnit = !!viewer.unitId && p.assignments.some((a) => a.role !== "CO" && a.unit.id === viewer.unitId);
  if ((office || leadUnit) && p.status === "CLOSED" && onFollowUpList(p, rules)) out.push("resolveFollowUp");
  return out;
}

export function assignmentActions(p: ProposalView, a: AssignmentView, viewer: Viewer, rules: RuleSetView | undefined): AssignmentAction[] {
  const out = a.availableActions.filter((x): x is AssignmentAction => isOneOf(ASSIGNMENT_ACTIONS, x));
  const own = viewer.unitId === a.unit.id && (viewer.roles.includes("UNIT_HANDLER") || viewer.roles.includes("UNIT_LEADER"));
  if (own && a.role !== "CO" && (p.status === "REPLIED" || p.status === "CLOSED") && onFollowUpList(p, rules)) out.push("addFollowUpNote");
  return out;
}

export function replyActions(r: ReplyView): ReplyAction[] {
  return r.availableActions.filter((x): x is ReplyAction => isOneOf(REPLY_ACTIONS, x));
}

/**
 * A workbench link's `?do=…&on=<assignment id>` as a form to open, when the viewer may take that
 * action now (a stale link just shows the item). Reply actions are found through the assignment.
 */
export function targetFromLink(p: ProposalView, viewer: Viewer, rules: RuleSetView | undefined, action: string | null, on: string | null): ActionTarget | null {
  if (!action) return null;
  if (isOneOf(REPLY_ACTIONS, action)) {
    const reply = p.replies.find((r) => r.round === p.round && (!on || r.assignment.id === on) && replyActions(r).includes(action));
    return reply ? { action, replyId: reply.id } : null;
  }
  if (isOneOf(ASSIGNMENT_ACTIONS, action)) {
    const a = p.assignments.find((x) => (!on || x.id === on) && assignmentActions(p, x, viewer, rules).includes(action));
    return a ? { action, assignmentId: a.id } : null;
  }
  if (isOneOf(ITEM_ACTIONS, action)) {
    const available = itemActions(p, viewer, rules);
    if (available.includes(action)) return { action };
    // The office's "to assign" list also holds items whose unit was returned: that is a reassignment.
    if (action === "assign" && available.includes("reassign")) return { action: "reassign" };
  }
  return null;
}
