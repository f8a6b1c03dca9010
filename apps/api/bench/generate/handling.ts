// A handled item's rows: assignments (with the occasional returned unit and approved extension),
// communications, CO opinions, replies, feedback and the closing, with one event per state change.
import { addCalendarMonths, dueDates, feedbackWindowEndsOn, type LocalDate } from "@jyta/domain";
import { event, documentNumber, type GenContext, type PlannedItem } from "./context";
import { writeFeedback } from "./feedback";
import { instant, minDate, planAssignments, plusDays, type PlannedAssignment } from "./plan";
import { CO_OPINION, COMMUNICATION_SUMMARY, replyText } from "./texts";

export interface HandlingResult {
  round: number;
  closedAt: string | null;
  closeReason: string | null;
  updatedAt: string;
}

export interface SentReply {
  id: string;
  assignmentId: string;
  unit: number;
  sentOn: LocalDate;
}

interface Outcome {
  status: string;
  receivedOn: LocalDate | null;
  sentOn: LocalDate | null;
  coSentOn: LocalDate | null;
  waived: boolean;
}

const SERIES: Readonly<Record<string, string>> = { PROPOSAL: "提", SUGGESTION: "建", MICRO_SUGGESTION: "微" };

function decide(ctx: GenContext, item: PlannedItem, p: PlannedAssignment, assignedOn: LocalDate): Outcome {
  const { prng } = ctx;
  const latest = plusDays(ctx.asOf, -1);
  const receivedOn = minDate(plusDays(assignedOn, prng.int(1, 3)), latest);
  const none = { receivedOn, sentOn: null, coSentOn: null, waived: false };
  if (p.role === "CO") {
    const sent = { ...none, status: "OPINION_SENT", coSentOn: minDate(plusDays(assignedOn, prng.int(8, 34)), latest) };
    if (item.status !== "HANDLING") return prng.chance(0.95) ? sent : { ...none, status: "RECEIVED", waived: true };
    return prng.weighted({ PENDING: 15, RECEIVED: 40, SENT: 45 }) === "SENT" ? sent : prng.chance(0.27) ? { ...none, status: "PENDING", receivedOn: null } : { ...none, status: "RECEIVED" };
  }
  // About one reply in ten goes out after its (original) due date.
  const sentOn = plusDays(assignedOn, prng.chance(0.1) ? prng.int(95, 130) : prng.int(28, 88));
  if (item.status !== "HANDLING") return { ...none, status: "REPLIED", sentOn: minDate(sentOn, latest) };
  const status = prng.weighted({ PENDING: 10, RECEIVED: 55, RETURN_REQUESTED: 2, REPLIED: 33 });
  if (status === "REPLIED" && sentOn <= latest) return { ...none, status, sentOn };
  if (status === "PENDING") return { ...none, status, receivedOn: null };
  return { ...none, status: status === "REPLIED" ? "RECEIVED" : status };
}

export function writeHandling(ctx: GenContext, item: PlannedItem, title: string): HandlingResult {
  const { prng, tables, ref } = ctx;
  const office = ref.officeUserId;
  const rules = ctx.rules[item.kind];
  const assignedOn = minDate(plusDays(item.registeredOn!, prng.int(7, 25)), plusDays(ctx.asOf, -3));
  const assignedAt = instant(prng, assignedOn);
  const plan = planAssignments(prng, ref.unitIds.length);
  if (prng.chance(0.02)) writeReturned(ctx, item, plan, assignedOn);
  event(ctx, assignedAt, item, "Proposal", item.id, "assign", { status: "REGISTERED" }, { status: "HANDLING", assignments: plan.length });

  const outcomes = plan.map((p) => decide(ctx, item, p, assignedOn));
  const replying = plan.map((p, i) => (p.role === "CO" ? -1 : i)).filter((i) => i >= 0);
  // An item in handling has at least one reply still owed.
  if (item.status === "HANDLING" && replying.every((i) => outcomes[i]!.status === "REPLIED")) {
    Object.assign(outcomes[replying[replying.length - 1]!]!, { status: "RECEIVED", sentOn: null });
  }
  const sent: SentReply[] = [];
  plan.forEach((p, i) => {
    const o = outcomes[i]!;
    const id = prng.uuid();
    const due = dueDates(assignedOn, rules, ctx.calendar, p.role);
    const extended = p.role !== "CO" && o.receivedOn !== null && prng.chance(0.03);
    const replyDueOn = extended ? minDate(addCalendarMonths(due.replyDueOn, 1), due.extensionLimitOn) : due.replyDueOn;
    const unitId = ref.unitIds[p.unit]!;
    const coSentAt = o.coSentOn ? instant(prng, o.coSentOn) : null;
    const waivedAt = o.waived ? instant(prng, plusDays(assignedOn, 35)) : null;
    tables.assignment.push(
      id, item.id, unitId, p.role, p.share, o.status, assignedAt, assignedOn, o.receivedOn ? instant(prng, o.receivedOn) : null,
      due.returnWindowEndsOn, due.coOpinionDueOn, replyDueOn, due.replyDueOn, due.extensionLimitOn,
      coSentAt ? CO_OPINION : null, coSentAt, waivedAt, waivedAt ? "会办单位职能调整，经督查室同意免于会办" : null, null, prng.chance(0.05) ? 1 : 0, office, assignedAt,
    );
    event(ctx, assignedAt, item, "Assignment", id, "assign", null, { status: "PENDING", unitId, role: p.role, replyDueOn: due.replyDueOn });
    if (o.receivedOn) event(ctx, instant(prng, o.receivedOn), item, "Assignment", id, "receive", { status: "PENDING" }, { status: "RECEIVED" });
    if (coSentAt) event(ctx, coSentAt, item, "Assignment", id, "sendCoOpinion", { status: "RECEIVED" }, { status: "OPINION_SENT" });
    if (o.status === "RETURN_REQUESTED") {
      tables.returnRequest.push(prng.uuid(), id, "该事项不属于本单位职能，申请退回重新交办。", instant(prng, o.receivedOn ?? assignedOn), office, null, null, null);
      event(ctx, instant(prng, o.receivedOn ?? assignedOn), item, "Assignment", id, "requestReturn", { status: "RECEIVED" }, { status: o.status });
    }
    if (extended) {
      const requestedAt = instant(prng, plusDays(assignedOn, 60));
      tables.extensionRequest.push(prng.uuid(), id, "涉及多部门协调，申请延期一个月答复。", replyDueOn, requestedAt, office, requestedAt, office, true);
    }
    if (o.receivedOn) writeCommunications(ctx, id, p.role === "CO", o.receivedOn, o.sentOn);
    if (o.sentOn) {
      const replyId = writeReply(ctx, item, title, id, p.unit, o.sentOn, 1);
      event(ctx, `${o.sentOn}T18:00:00+08:00`, item, "Assignment", id, "markReplied", { status: "RECEIVED" }, { status: "REPLIED", replyId });
      sent.push({ id: replyId, assignmentId: id, unit: p.unit, sentOn: o.sentOn });
    } else if (o.status === "RECEIVED" && p.role !== "CO" && prng.chance(0.3)) {
      writeDraft(ctx, item, title, id, p.unit, o.receivedOn!);
    }
  });

  if (item.status === "HANDLING") return { round: 1, closedAt: null, closeReason: null, updatedAt: assignedAt };
  const lastSent = sent.reduce((last, r) => (r.sentOn > last ? r.sentOn : last), assignedOn);
  event(ctx, `${lastSent}T18:00:00+08:00`, item, "Proposal", item.id, "markReplied", { status: "HANDLING" }, { status: "REPLIED", round: 1 });
  return writeFeedback(ctx, item, title, sent, lastSent, feedbackWindowEndsOn(lastSent, rules, ctx.calendar));
}

function writeCommunications(ctx: GenContext, assignmentId: string, co: boolean, receivedOn: LocalDate, sentOn: LocalDate | null): void {
  const { prng, tables } = ctx;
  const add = (on: LocalDate, stage: string): void => {
    if (on > ctx.asOf) return;
    tables.communication.push(prng.uuid(), assignmentId, prng.pick(["VISIT", "FIELD_SURVEY", "PHONE", "MEETING", "LETTER", "ONLINE"]), stage, on, COMMUNICATION_SUMMARY, ctx.ref.officeUserId, `${on}T17:30:00+08:00`);
  };
  if (co ? prng.chance(0.3) : prng.chance(0.95)) add(plusDays(receivedOn, prng.int(2, 15)), "BEFORE");
  if (!co && prng.chance(0.5)) add(plusDays(receivedOn, prng.int(16, 25)), "DURING");
  if (sentOn && prng.chance(0.3)) add(plusDays(sentOn, prng.int(2, 10)), "AFTER");
}

/** A sent reply (round 1 or 2) with its category, 文号 and quality rating; returns its id. */
export function writeReply(ctx: GenContext, item: PlannedItem, title: string, assignmentId: string, unit: number, sentOn: LocalDate, round: number): string {
  const { prng, tables } = ctx;
  const id = prng.uuid();
  const category = prng.weighted({ A: 70, B: 18, C: 8, D: 4 });
  const sentAt = `${sentOn}T16:30:00+08:00`;
  const submittedAt = `${plusDays(sentOn, -3)}T10:00:00+08:00`;
  const number = documentNumber(ctx, unit, SERIES[item.kind]!, Number(sentOn.slice(0, 4)));
  tables.reply.push(id, item.id, assignmentId, ctx.ref.unitIds[unit]!, round, category, replyText(title, category), number, "局长", "经办人", "SENT", submittedAt, sentAt, prng.int(70, 98), sentAt, ctx.ref.officeUserId, submittedAt);
  event(ctx, sentAt, item, "Reply", id, "signOff", { status: "AWAITING_SIGNOFF" }, { status: "SENT" });
  return id;
}

function writeDraft(ctx: GenContext, item: PlannedItem, title: string, assignmentId: string, unit: number, receivedOn: LocalDate): void {
  const { prng, tables } = ctx;
  const status = item.isKey ? prng.pick(["DRAFT", "AWAITING_SIGNOFF", "AWAITING_REVIEW"]) : prng.pick(["DRAFT", "AWAITING_SIGNOFF"]);
  const at = `${minDate(plusDays(receivedOn, 20), ctx.asOf)}T10:00:00+08:00`;
  tables.reply.push(prng.uuid(), item.id, assignmentId, ctx.ref.unitIds[unit]!, 1, "B", replyText(title, "B"), null, null, null, status, status === "DRAFT" ? null : at, status === "AWAITING_REVIEW" ? at : null, null, null, ctx.ref.officeUserId, at);
}

/** A unit that asked to hand the item back before the final plan: voided assignment, approved return. */
function writeReturned(ctx: GenContext, item: PlannedItem, plan: readonly PlannedAssignment[], assignedOn: LocalDate): void {
  const { prng, tables, ref } = ctx;
  const taken = new Set(plan.map((p) => p.unit));
  const unit = [...Array(ref.unitIds.length).keys()].find((u) => !taken.has(u) && prng.chance(0.05)) ?? ref.unitIds.length - 1;
  if (taken.has(unit)) return;
  const earlier = plusDays(assignedOn, -6);
  const due = dueDates(earlier, ctx.rules[item.kind], ctx.calendar, "SOLE");
  const id = prng.uuid();
  const returnedAt = `${plusDays(earlier, 3)}T11:00:00+08:00`;
  tables.assignment.push(
    id, item.id, ref.unitIds[unit]!, "SOLE", null, "RETURNED", `${earlier}T15:00:00+08:00`, earlier, `${plusDays(earlier, 1)}T09:00:00+08:00`,
    due.returnWindowEndsOn, null, due.replyDueOn, due.replyDueOn, due.extensionLimitOn, null, null, null, null, returnedAt, 0, ref.officeUserId, `${earlier}T15:00:00+08:00`,
  );
  tables.returnRequest.push(prng.uuid(), id, "该事项不属于本单位职能，申请退回重新交办。", `${plusDays(earlier, 2)}T10:00:00+08:00`, ref.officeUserId, returnedAt, ref.officeUserId, true);
  event(ctx, returnedAt, item, "Assignment", id, "approveReturn", { status: "RETURN_REQUESTED" }, { status: "RETURNED" });
}
