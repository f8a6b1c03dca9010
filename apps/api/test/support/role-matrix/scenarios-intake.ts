// Scenario builders of filing and registering items: a member's own item vs another member's
// (OWN_PROPOSER), an item of the committee's own body vs the People's Congress's (OWN_BODY).
import { RowRelation } from "@jyta/domain";
import { fileItem, itemTitle, registeredItem } from "./flow";
import { field, type Scenario, type Target } from "./scenario";
import { nextTag, type World } from "./world";

const status = (data: Record<string, unknown>, name: string): string => field<{ status: string }>(data, name).status;

/** The filing of a new item: by the member for themself, or by committee staff for a member of their body. */
function submission(w: World, t: Target): Record<string, unknown> {
  const other = t.variant === "other";
  const npc = t.relation === RowRelation.OWN_BODY && other;
  const proposer = t.relation === RowRelation.OWN_PROPOSER ? (other ? w.ids.otherMember : w.ids.member) : npc ? w.ids.deputy : w.ids.otherMember;
  return {
    sessionId: npc ? w.ids.npcSession : w.ids.cppccSession,
    kind: npc ? "SUGGESTION" : "PROPOSAL",
    title: itemTitle(nextTag()),
    body: "建议在老旧小区改造中同步实施无障碍设施建设。",
    submitterType: "INDIVIDUAL",
    proposerIds: [proposer],
  };
}

/** A DRAFT: the member's own (or another member's), or one committee staff entered (or the other body's staff). */
function draft(w: World, t: Target): Promise<string> {
  const other = t.variant === "other";
  if (t.relation === RowRelation.OWN_PROPOSER) return other ? fileItem(w, { draft: true }) : fileItem(w, { by: "member", draft: true });
  return fileItem(w, { draft: true, ...(other ? { body: "npc" as const } : {}) });
}

/** A SUBMITTED item of the committee's own body, or of the other body. */
const submitted = (w: World, t: Target): Promise<string> => fileItem(w, t.variant === "other" ? { body: "npc" } : {});

export const INTAKE_SCENARIOS: Scenario[] = [
  {
    operation: "submitProposal",
    document: `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`,
    row: "new",
    prepare: async (w, t) => ({ vars: { input: submission(w, t) } }),
    check: (data) => expect(status(data, "submitProposal")).toBe("SUBMITTED"),
  },
  {
    operation: "updateDraft",
    document: `mutation($id: ID!, $input: UpdateDraftInput!) { updateDraft(id: $id, input: $input) { id title } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await draft(w, t), input: { title: itemTitle(nextTag()) } } }),
    check: (data, p) => expect(field<{ title: string }>(data, "updateDraft").title).toBe((p.vars.input as { title: string }).title),
  },
  {
    operation: "submitDraft",
    document: `mutation($id: ID!) { submitDraft(id: $id) { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await draft(w, t) } }),
    check: (data) => expect(status(data, "submitDraft")).toBe("SUBMITTED"),
  },
  {
    operation: "withdrawProposal",
    document: `mutation($id: ID!) { withdrawProposal(id: $id) { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await fileItem(w, t.variant === "other" ? {} : { by: "member" }) } }),
    check: (data) => expect(status(data, "withdrawProposal")).toBe("WITHDRAWN"),
  },
  {
    operation: "registerProposal",
    document: `mutation($id: ID!) { registerProposal(id: $id, category: "URBAN_RURAL") { id status number } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await submitted(w, t) } }),
    check: (data) => expect(status(data, "registerProposal")).toBe("REGISTERED"),
  },
  {
    operation: "declineProposal",
    document: `mutation($id: ID!) { declineProposal(id: $id, reasonCode: "PERSONAL", reason: "属个人诉求，建议通过信访渠道反映") { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await submitted(w, t) } }),
    check: (data) => expect(status(data, "declineProposal")).toBe("NOT_REGISTERED"),
  },
  {
    operation: "mergeProposals",
    document: `mutation($primaryId: ID!, $otherIds: [ID!]!) { mergeProposals(primaryId: $primaryId, otherIds: $otherIds) { id mergedItems { id status } } }`,
    row: "item",
    async prepare(w, t) {
      const body = t.variant === "other" ? { body: "npc" as const } : {};
      return { vars: { primaryId: await registeredItem(w, body), otherIds: [await fileItem(w, body)] } };
    },
    check: (data, p) =>
      expect(field<{ mergedItems: Array<{ id: string; status: string }> }>(data, "mergeProposals").mergedItems).toEqual([{ id: (p.vars.otherIds as string[])[0], status: "MERGED" }]),
  },
];
