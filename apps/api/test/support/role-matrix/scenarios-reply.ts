// Scenario builders of replies and what follows them (feedback, re-handling, closing, follow-up). For
// unit relations: the housing bureau's own reply or assignment (`own`); on an item the transport bureau
// leads with the housing bureau as CO (`co`: its CO assignment, or the lead's reply); the transport
// bureau's on an item the housing bureau is not on (`other`). For members: a reply to their own item
// or to another member's.
import { closedFollowUpItem, DISSATISFIED, draftReply, rate, receivedItem, repliedItem, replyInput, SATISFIED, signedReply, submittedReply, type Plan } from "./flow";
import { unitAssignment } from "./scenarios-handling";
import { field, type Scenario, type Target } from "./scenario";
import type { UnitKey, World } from "./world";

const statusOf = (data: Record<string, unknown>, name: string): string => field<{ status: string }>(data, name).status;

/** A reply in `stage`: the housing bureau's (own), the lead's beside a housing CO (co), or the transport bureau's (other). */
async function unitReply(w: World, t: Target, stage: "draft" | "submitted"): Promise<string> {
  const unit: UnitKey = t.variant === "own" || t.variant === "any" ? "housing" : "transport";
  const plan: Plan = t.variant === "co" ? [["transport", "LEAD"], ["housing", "CO"]] : [[unit, "SOLE"]];
  const assignment = (await receivedItem(w, plan, [unit])).a[unit]!;
  return stage === "draft" ? draftReply(w, unit, assignment) : submittedReply(w, unit, assignment);
}

/** An item replied with B: the housing bureau's SOLE (own), transport's LEAD with housing as CO (co), transport's SOLE (other). */
function followUpItem(w: World, t: Target, closed: boolean): Promise<{ item: string; a: Partial<Record<UnitKey, string>> }> {
  const [lead, co]: [UnitKey, UnitKey | undefined] = t.variant === "co" ? ["transport", "housing"] : [t.variant === "other" ? "transport" : "housing", undefined];
  return closed ? closedFollowUpItem(w, lead, co) : repliedItem(w, lead, { category: "B", ...(co ? { co } : {}) });
}

export const REPLY_SCENARIOS: Scenario[] = [
  {
    operation: "saveReply",
    document: `mutation($id: ID!, $input: ReplyInput!) { saveReply(assignmentId: $id, input: $input) { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, true), input: replyInput("A") } }),
    check: (data) => expect(statusOf(data, "saveReply")).toBe("DRAFT"),
  },
  {
    operation: "submitReply",
    document: `mutation($id: ID!) { submitReply(id: $id) { id status } }`,
    row: "reply",
    prepare: async (w, t) => ({ vars: { id: await unitReply(w, t, "draft") } }),
    check: (data) => expect(statusOf(data, "submitReply")).toBe("AWAITING_SIGNOFF"),
  },
  {
    operation: "signOffReply",
    document: `mutation($id: ID!) { signOffReply(id: $id) { id status } }`,
    row: "reply",
    prepare: async (w, t) => ({ vars: { id: await unitReply(w, t, "submitted") } }),
    check: (data) => expect(statusOf(data, "signOffReply")).toBe("SENT"),
  },
  {
    operation: "reviewReply",
    document: `mutation($id: ID!) { reviewReply(id: $id, approve: true, qualityScore: 90) { id status qualityScore } }`,
    row: "reply",
    // A key item's reply goes to the office for review after sign-off.
    async prepare(w) {
      const { item, a } = await receivedItem(w, [["housing", "SOLE"]], ["housing"]);
      await w.as.office.ok(`mutation($id: ID!) { markKey(id: $id, isKey: true, leader: "林涛") { id } }`, { id: item });
      return { vars: { id: await signedReply(w, "housing", a.housing!) } };
    },
    check: (data) => expect(statusOf(data, "reviewReply")).toBe("SENT"),
  },
  {
    operation: "giveFeedback",
    document: `mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(replyId: $id, input: $input) { id result } }`,
    row: "reply",
    async prepare(w, t) {
      const replied = await repliedItem(w, "housing", t.variant === "other" ? {} : { proposer: w.ids.member });
      return { vars: { id: replied.reply, input: SATISFIED } };
    },
    check: (data) => expect(field<{ result: string }>(data, "giveFeedback").result).toBe("SATISFIED"),
  },
  {
    operation: "orderRehandling",
    document: `mutation($id: ID!) { orderRehandling(proposalId: $id, reason: "提案人不满意，请重新办理") { id status round } }`,
    row: "item",
    async prepare(w) {
      const replied = await repliedItem(w, "housing", { proposer: w.ids.member });
      await rate(w, replied.reply, "member", DISSATISFIED);
      return { vars: { id: replied.item } };
    },
    check: (data) => expect(field<{ round: number }>(data, "orderRehandling").round).toBe(2),
  },
  {
    operation: "closeProposal",
    document: `mutation($id: ID!) { closeProposal(id: $id) { id status } }`,
    row: "item",
    prepare: async (w) => ({ vars: { id: (await repliedItem(w, "housing")).item } }),
    check: (data) => expect(statusOf(data, "closeProposal")).toBe("CLOSED"),
  },
  {
    operation: "addFollowUpNote",
    document: `mutation($id: ID!) { addFollowUpNote(assignmentId: $id, note: "已完成可行性研究，正在编制实施方案。") { id isResolution } }`,
    row: "item",
    async prepare(w, t) {
      const { a } = await followUpItem(w, t, false);
      return { vars: { id: t.variant === "other" ? a.transport! : a.housing! } };
    },
    check: (data) => expect(field<{ isResolution: boolean }>(data, "addFollowUpNote").isResolution).toBe(false),
  },
  {
    operation: "resolveFollowUp",
    document: `mutation($id: ID!, $on: Date!) { resolveFollowUp(proposalId: $id, outcome: "电梯已投入使用", achievedOn: $on) { id followUpResolvedAt } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: (await followUpItem(w, t, true)).item, on: w.today } }),
    check: (data) => expect(field<{ followUpResolvedAt: string | null }>(data, "resolveFollowUp").followUpResolvedAt).not.toBeNull(),
  },
];
