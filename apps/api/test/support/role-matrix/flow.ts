// Rows for the cells, made through the HTTP API by the staff who would make them: items filed by a
// member or entered by committee staff (代录), registered, assigned by the office, received, answered
// and rated, stopping in the state the operation under test needs.
import type { GraphQLClient } from "../graphql-client";
import { nextTag, type UnitKey, type World } from "./world";

export type BodyKey = "cppcc" | "npc";

export interface ItemOptions {
  body?: BodyKey;
  /** Who files it: the member themself, or committee staff for a proposer (default: the other member). */
  by?: "member" | "committee";
  proposer?: string;
  sessionId?: string;
  draft?: boolean;
}

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;

/** A unique item title, findable by search. */
export function itemTitle(tag: number): string {
  return `关于加快老旧小区加装电梯的提案（矩阵${tag}）`;
}

/** A SUBMITTED (or DRAFT) item; returns its id. CPPCC by default, filed by committee staff for the other member. */
export async function fileItem(w: World, o: ItemOptions = {}): Promise<string> {
  const npc = o.body === "npc";
  const byMember = o.by === "member";
  const client = npc ? (byMember ? w.as.deputy : w.as["npc.committee"]) : byMember ? w.as.member : w.as.committee;
  const proposer = o.proposer ?? (npc ? w.ids.deputy : byMember ? w.ids.member : w.ids.otherMember);
  const input = {
    sessionId: o.sessionId ?? (npc ? w.ids.npcSession : w.ids.cppccSession),
    kind: npc ? "SUGGESTION" : "PROPOSAL",
    title: itemTitle(nextTag()),
    body: "我区部分老旧小区居民老龄化严重，上下楼困难，建议加快推进既有住宅加装电梯工作。",
    submitterType: "INDIVIDUAL",
    proposerIds: [proposer],
    ...(o.draft ? { draft: true } : {}),
  };
  return (await client.ok<{ submitProposal: { id: string } }>(SUBMIT, { input })).submitProposal.id;
}

export function committeeOf(w: World, body: BodyKey | undefined): GraphQLClient {
  return body === "npc" ? w.as["npc.committee"] : w.as.committee;
}

/** A REGISTERED item. */
export async function registeredItem(w: World, o: ItemOptions = {}): Promise<string> {
  const id = await fileItem(w, o);
  await committeeOf(w, o.body).ok(`mutation($id: ID!) { registerProposal(id: $id, category: "URBAN_RURAL") { id } }`, { id });
  return id;
}

export type Plan = Array<[UnitKey, "SOLE" | "LEAD" | "CO" | "SPLIT"]>;

export interface Assigned {
  item: string;
  /** Assignment ids by unit. */
  a: Partial<Record<UnitKey, string>>;
}

const ASSIGN = `mutation($id: ID!, $a: [AssignmentInput!]!) { assignProposal(id: $id, assignments: $a) { assignments { id unit { id } } } }`;

/** A registered item assigned by the office (PENDING assignments). */
export async function assignedItem(w: World, plan: Plan, o: ItemOptions = {}): Promise<Assigned> {
  const item = await registeredItem(w, o);
  const data = await w.as.office.ok<{ assignProposal: { assignments: Array<{ id: string; unit: { id: string } }> } }>(ASSIGN, {
    id: item,
    a: plan.map(([unit, role]) => ({ unitId: w.ids.units[unit], role })),
  });
  const a: Partial<Record<UnitKey, string>> = {};
  for (const [unit] of plan) a[unit] = data.assignProposal.assignments.find((x) => x.unit.id === w.ids.units[unit])!.id;
  return { item, a };
}

/** The handler and leader logins of a unit. */
export function unitStaff(w: World, unit: UnitKey): { handler: GraphQLClient; leader: GraphQLClient } {
  if (unit === "housing") return { handler: w.as.handler, leader: w.as.unitleader };
  if (unit === "transport") return { handler: w.as["transport.handler"], leader: w.as["transport.leader"] };
  throw new Error(`no logins for unit ${unit}`);
}

export async function receive(w: World, unit: UnitKey, assignmentId: string): Promise<void> {
  await unitStaff(w, unit).handler.ok(`mutation($id: ID!) { receiveAssignment(id: $id) { id } }`, { id: assignmentId });
}

/** An assigned item whose assignments of the listed units are received. */
export async function receivedItem(w: World, plan: Plan, receivers: readonly UnitKey[], o: ItemOptions = {}): Promise<Assigned> {
  const assigned = await assignedItem(w, plan, o);
  for (const unit of receivers) await receive(w, unit, assigned.a[unit]!);
  return assigned;
}

export function phoneCall(w: World): Record<string, string> {
  return { method: "PHONE", stage: "BEFORE", occurredOn: w.today, summary: "电话联系提案人，了解具体诉求" };
}

export function replyInput(category: string): Record<string, string> {
  return { category, content: "经研究，已将该小区纳入加装电梯计划，并已完成立项。", documentNumber: "滨住建提〔2025〕12号", contact: "张明" };
}

/** Logs a communication and saves a DRAFT reply on a received replying assignment; returns the reply id. */
export async function draftReply(w: World, unit: UnitKey, assignmentId: string, category = "A"): Promise<string> {
  const { handler } = unitStaff(w, unit);
  await handler.ok(`mutation($id: ID!, $input: CommunicationInput!) { logCommunication(assignmentId: $id, input: $input) { id } }`, { id: assignmentId, input: phoneCall(w) });
  const saved = await handler.ok<{ saveReply: { id: string } }>(`mutation($id: ID!, $input: ReplyInput!) { saveReply(assignmentId: $id, input: $input) { id } }`, {
    id: assignmentId,
    input: replyInput(category),
  });
  return saved.saveReply.id;
}

/** A reply AWAITING_SIGNOFF. */
export async function submittedReply(w: World, unit: UnitKey, assignmentId: string, category = "A"): Promise<string> {
  const id = await draftReply(w, unit, assignmentId, category);
  await unitStaff(w, unit).handler.ok(`mutation($id: ID!) { submitReply(id: $id) { id } }`, { id });
  return id;
}

/** A reply signed off by the unit leader: SENT for ordinary items, AWAITING_REVIEW for key items. */
export async function signedReply(w: World, unit: UnitKey, assignmentId: string, category = "A"): Promise<string> {
  const id = await submittedReply(w, unit, assignmentId, category);
  await unitStaff(w, unit).leader.ok(`mutation($id: ID!) { signOffReply(id: $id) { id } }`, { id });
  return id;
}

export interface Replied extends Assigned {
  reply: string;
}

/**
 * An item whose replying unit (`lead`) has sent its reply, so the item is REPLIED. With a `co` unit
 * the plan is LEAD + CO, and the office waives the CO opinion so the lead may sign off.
 */
export async function repliedItem(w: World, lead: UnitKey, o: ItemOptions & { co?: UnitKey; category?: string } = {}): Promise<Replied> {
  const plan: Plan = o.co ? [[lead, "LEAD"], [o.co, "CO"]] : [[lead, "SOLE"]];
  const assigned = await receivedItem(w, plan, [lead], o);
  if (o.co) {
    await w.as.office.ok(`mutation($id: ID!) { waiveCoOpinion(assignmentId: $id, reason: "职能调整，无需会办") { id } }`, { id: assigned.a[o.co]! });
  }
  const reply = await signedReply(w, lead, assigned.a[lead]!, o.category ?? "A");
  return { ...assigned, reply };
}

export const SATISFIED = { communicated: true, attitude: "SATISFIED", result: "SATISFIED" };
export const DISSATISFIED = { communicated: true, attitude: "BASICALLY_SATISFIED", result: "DISSATISFIED" };

/** The first proposer rates the reply: SATISFIED closes the item. */
export async function rate(w: World, reply: string, proposerLogin: "member" | "deputy", input: Record<string, unknown>): Promise<void> {
  await w.as[proposerLogin].ok(`mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(replyId: $id, input: $input) { id } }`, { id: reply, input });
}

/** A CLOSED item replied with B (on the follow-up list), rated by the member who proposed it. */
export async function closedFollowUpItem(w: World, lead: UnitKey, co?: UnitKey): Promise<Replied> {
  const replied = await repliedItem(w, lead, { by: "committee", proposer: w.ids.member, category: "B", ...(co ? { co } : {}) });
  await rate(w, replied.reply, "member", SATISFIED);
  return replied;
}
