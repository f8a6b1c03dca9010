// The proposers' ratings and the closing of a replied item: satisfied ratings close it, a lapsed
// feedback window closes it as "no feedback", a dissatisfied one leads (sometimes) to a second round.
import type { LocalDate } from "@jyta/domain";
import { event, type GenContext, type PlannedItem } from "./context";
import { writeReply, type HandlingResult, type SentReply } from "./handling";
import { instant, minDate, plusDays } from "./plan";

function rate(ctx: GenContext, item: PlannedItem, reply: SentReply, member: string, round: number, result: string, at: string): void {
  const { prng } = ctx;
  const id = prng.uuid();
  const attitude = result === "DISSATISFIED" ? "BASICALLY_SATISFIED" : "SATISFIED";
  ctx.tables.feedback.push(id, reply.id, item.id, member, round, prng.chance(0.95), attitude, result, at);
  event(ctx, at, item, "Feedback", id, "giveFeedback", null, { replyId: reply.id, attitude, result });
}

export function writeFeedback(ctx: GenContext, item: PlannedItem, title: string, sent: readonly SentReply[], lastSent: LocalDate, windowEnds: LocalDate): HandlingResult {
  const { prng } = ctx;
  const latest = plusDays(ctx.asOf, -1);
  const first = item.proposers[0]!;
  const ratedOn = minDate(plusDays(lastSent, prng.int(2, 14)), latest);
  const ratedAt = instant(prng, ratedOn);
  const closing = (reason: string, at: string, action = "closeOnFeedback", round = 1): HandlingResult => {
    event(ctx, at, item, "Proposal", item.id, action, { status: "REPLIED" }, { status: "CLOSED", closeReason: reason }, action === "closeOnLapse");
    return { round, closedAt: at, closeReason: reason, updatedAt: at };
  };

  if (item.status === "REPLIED") {
    // Awaiting feedback; some already rated dissatisfied and wait for the office's decision.
    if (prng.chance(0.15)) sent.forEach((r) => rate(ctx, item, r, first, 1, "DISSATISFIED", ratedAt));
    return { round: 1, closedAt: null, closeReason: null, updatedAt: ratedAt };
  }
  const reason = prng.weighted({ FEEDBACK: 90, NO_FEEDBACK: 8, ROUND_TWO: 2 });
  if (reason === "NO_FEEDBACK") return closing("NO_FEEDBACK", `${minDate(plusDays(windowEnds, 1), latest)}T01:00:00+08:00`, "closeOnLapse");
  if (reason === "FEEDBACK") {
    const result = prng.chance(0.7) ? "SATISFIED" : "BASICALLY_SATISFIED";
    for (const r of sent) {
      if (item.proposers[1] && prng.chance(0.2)) rate(ctx, item, r, item.proposers[1], 1, "SATISFIED", ratedAt);
      rate(ctx, item, r, first, 1, result, ratedAt);
    }
    return closing("FEEDBACK", ratedAt);
  }
  // Dissatisfied in round 1, re-handled (重新办理), replied again, closed whatever the second rating.
  sent.forEach((r) => rate(ctx, item, r, first, 1, "DISSATISFIED", ratedAt));
  const orderedOn = minDate(plusDays(ratedOn, 3), latest);
  event(ctx, instant(prng, orderedOn), item, "Proposal", item.id, "orderRehandling", { status: "REPLIED" }, { status: "HANDLING", round: 2 });
  const secondOn = minDate(plusDays(orderedOn, prng.int(20, 30)), latest);
  const second = sent.map((r) => ({ ...r, id: writeReply(ctx, item, title, r.assignmentId, r.unit, secondOn, 2), sentOn: secondOn }));
  const finalAt = instant(prng, minDate(plusDays(secondOn, prng.int(3, 10)), latest));
  second.forEach((r) => rate(ctx, item, r, first, 2, prng.pick(["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"]), finalAt));
  return closing("ROUND_TWO", finalAt, "closeOnFeedback", 2);
}
