// Scenario builders of the handling mutations on assignments. For unit relations the rows are the
// housing bureau's (the demo handler's and leader's unit) assignment (`own`), its CO assignment on an
// item the transport bureau leads (`co`), or the transport bureau's assignment on an item the housing
// bureau has nothing to do with (`other`). The office's rows are the housing bureau's.
import { addCalendarMonths } from "@jyta/domain";
import { assignedItem, phoneCall, receivedItem, registeredItem, type Plan } from "./flow";
import { field, type Scenario, type Target } from "./scenario";
import type { UnitKey, World } from "./world";

const statusOf = (data: Record<string, unknown>, name: string): string => field<{ status: string }>(data, name).status;

/** The assignment a unit cell acts on, PENDING or (with `received`) received by its unit. */
export async function unitAssignment(w: World, t: Target, received: boolean): Promise<string> {
  const make = async (plan: Plan, unit: UnitKey): Promise<string> => (received ? await receivedItem(w, plan, [unit]) : await assignedItem(w, plan)).a[unit]!;
  if (t.variant === "co") return make([["transport", "LEAD"], ["housing", "CO"]], "housing");
  const unit: UnitKey = t.variant === "other" ? "transport" : "housing";
  return make([[unit, "SOLE"]], unit);
}

/** A CO assignment: the housing bureau's under the transport bureau's lead, or the transport bureau's under the education bureau's. */
async function coAssignment(w: World, t: Target, received: boolean): Promise<string> {
  const [lead, co]: [UnitKey, UnitKey] = t.variant === "other" ? ["education", "transport"] : ["transport", "housing"];
  const plan: Plan = [[lead, "LEAD"], [co, "CO"]];
  return (received ? await receivedItem(w, plan, [co]) : await assignedItem(w, plan)).a[co]!;
}

export const HANDLING_SCENARIOS: Scenario[] = [
  {
    operation: "assignProposal",
    document: `mutation($id: ID!, $a: [AssignmentInput!]!) { assignProposal(id: $id, assignments: $a) { id status } }`,
    row: "item",
    prepare: async (w) => ({ vars: { id: await registeredItem(w), a: [{ unitId: w.ids.units.housing, role: "SOLE" }] } }),
    check: (data) => expect(statusOf(data, "assignProposal")).toBe("HANDLING"),
  },
  {
    operation: "receiveAssignment",
    document: `mutation($id: ID!) { receiveAssignment(id: $id) { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, false) } }),
    check: (data) => expect(statusOf(data, "receiveAssignment")).toBe("RECEIVED"),
  },
  {
    operation: "requestReturn",
    document: `mutation($id: ID!) { requestReturn(id: $id, reason: "该事项不属于本单位职能") { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, false) } }),
    check: (data) => expect(statusOf(data, "requestReturn")).toBe("RETURN_REQUESTED"),
  },
  {
    operation: "decideReturn",
    document: `mutation($id: ID!) { decideReturn(id: $id, approve: false, comment: "属本单位职能，请继续办理") { id status } }`,
    row: "item",
    async prepare(w, t) {
      const id = await unitAssignment(w, t, false);
      await w.as.handler.ok(`mutation($id: ID!) { requestReturn(id: $id, reason: "该事项不属于本单位职能") { id } }`, { id });
      return { vars: { id } };
    },
    check: (data) => expect(statusOf(data, "decideReturn")).toBe("RECEIVED"),
  },
  {
    operation: "requestExtension",
    document: `mutation($id: ID!, $until: Date!) { requestExtension(id: $id, until: $until, reason: "需协调多部门，申请延期") { id extensionRequests { requestedUntil } } }`,
    row: "item",
    // Reply due 3 months after assignment, at most 6: 4 months from today lies between.
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, true), until: addCalendarMonths(w.today, 4) } }),
    check: (data) => expect(field<{ extensionRequests: unknown[] }>(data, "requestExtension").extensionRequests).toHaveLength(1),
  },
  {
    operation: "decideExtension",
    document: `mutation($id: ID!) { decideExtension(id: $id, approve: true) { id replyDueOn } }`,
    row: "item",
    async prepare(w, t) {
      const id = await unitAssignment(w, t, true);
      await w.as.handler.ok(`mutation($id: ID!, $u: Date!) { requestExtension(id: $id, until: $u, reason: "需协调多部门") { id } }`, { id, u: addCalendarMonths(w.today, 4) });
      return { vars: { id } };
    },
    check: (data, _p, w) => expect(field<{ replyDueOn: string }>(data, "decideExtension").replyDueOn).toBe(addCalendarMonths(w.today, 4)),
  },
  {
    operation: "logCommunication",
    document: `mutation($id: ID!, $input: CommunicationInput!) { logCommunication(assignmentId: $id, input: $input) { id method } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, true), input: phoneCall(w) } }),
    check: (data) => expect(field<{ method: string }>(data, "logCommunication").method).toBe("PHONE"),
  },
  {
    operation: "sendCoOpinion",
    document: `mutation($id: ID!) { sendCoOpinion(assignmentId: $id, content: "建议结合道路改造同步实施。") { id status } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await coAssignment(w, t, true) } }),
    check: (data) => expect(statusOf(data, "sendCoOpinion")).toBe("OPINION_SENT"),
  },
  {
    operation: "waiveCoOpinion",
    document: `mutation($id: ID!) { waiveCoOpinion(assignmentId: $id, reason: "职能调整，无需会办") { id coOpinionWaivedAt } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await coAssignment(w, t, false) } }),
    check: (data) => expect(field<{ coOpinionWaivedAt: string | null }>(data, "waiveCoOpinion").coOpinionWaivedAt).not.toBeNull(),
  },
  {
    operation: "remind",
    document: `mutation($id: ID!) { remind(assignmentId: $id, note: "请抓紧办理") { id action } }`,
    row: "item",
    prepare: async (w, t) => ({ vars: { id: await unitAssignment(w, t, false) } }),
    check: (data) => expect(field<{ action: string }>(data, "remind").action).toBe("remind"),
  },
];
