// Which form a workbench task opens on the item page (`?do=…&on=<assignment id>`): one click from
// "待签收" to the receive form. Groups that are only about a deadline open the item itself.
export const TASK_ACTIONS: Readonly<Record<string, string>> = {
  toRegister: "register",
  toAssign: "assign",
  returnsToDecide: "decideReturn",
  extensionsToDecide: "decideExtension",
  repliesToReview: "reviewReply",
  coOpinionsOverdue: "remind",
  dissatisfied: "orderRehandling",
  toReceive: "receiveAssignment",
  opinionsDue: "sendCoOpinion",
  repliesToDraft: "saveReply",
  reworkDrafts: "saveReply",
  toSignOff: "signOffReply",
  toRate: "giveFeedback",
  overdueAssignments: "remind",
  drafts: "submit",
};

/** The item page's address for a task, with the form to open when there is one. */
export function taskHref(base: string, groupKey: string, proposalId: string, assignmentId: string | null | undefined): string {
  const action = TASK_ACTIONS[groupKey];
  const query = new URLSearchParams();
  if (action) query.set("do", action);
  if (action && assignmentId) query.set("on", assignmentId);
  const qs = query.toString();
  return `${base}/${proposalId}${qs ? `?${qs}` : ""}`;
}
