// One session's items of one kind: statuses and dates drawn, numbers given in registration order (as
// 立案 would), then the item rows, their proposers and the intake events; handled items continue in
// handling.ts.
import type { ProposalKind } from "@jyta/domain";
import type { BenchSession } from "./reference";
import { event, type GenContext, type PlannedItem } from "./context";
import { writeHandling } from "./handling";
import { HANDLED, instant, minDate, NUMBERED, pickStatus, plusDays } from "./plan";
import { itemText } from "./texts";

const DECLINE_REASON = "所提事项属于个人具体诉求，不属于提案受理范围，已转委员来信渠道办理。";

function submittedOn(ctx: GenContext, year: number, currentYear: boolean, status: string): string {
  const { prng } = ctx;
  if (currentYear && (status === "DRAFT" || status === "SUBMITTED")) return plusDays(ctx.asOf, -prng.int(1, 40));
  // Most items come in at the plenary in January; the rest through the year (平时提案).
  if (prng.chance(0.8)) return `${year}-01-${String(prng.int(8, 20)).padStart(2, "0")}`;
  const last = currentYear ? plusDays(ctx.asOf, -75) : `${year}-10-31`;
  return minDate(plusDays(`${year}-02-01`, prng.int(0, 240)), last);
}

export function generateSession(ctx: GenContext, session: BenchSession, kind: ProposalKind, count: number, currentYear: boolean): void {
  const { prng } = ctx;
  const members = ctx.ref.members[session.bodyKey];
  const items: PlannedItem[] = [];
  for (let i = 0; i < count; i++) {
    const status = pickStatus(prng, currentYear);
    const submitted = submittedOn(ctx, session.year, currentYear, status);
    const registered = NUMBERED.includes(status as never) || (status === "MERGED" && prng.chance(0.5));
    items.push({
      id: prng.uuid(),
      session,
      kind,
      status,
      submittedOn: submitted,
      registeredOn: registered ? minDate(plusDays(submitted, prng.int(5, 20)), plusDays(ctx.asOf, -1)) : null,
      number: null,
      proposers: prng.distinct(members, prng.chance(0.7) ? 1 : prng.int(2, 5)),
      currentYear,
      isKey: HANDLED.includes(status as never) && prng.chance(0.03),
      isNumberOne: false,
    });
  }
  // 立案 numbers: sequential in registration order, never skipped.
  const numbered = items.filter((p) => p.registeredOn).sort((a, b) => (a.registeredOn! < b.registeredOn! ? -1 : a.registeredOn! > b.registeredOn! ? 1 : 0));
  numbered.forEach((p, n) => (p.number = n + 1));
  if (numbered.length) ctx.tables.counter.push(session.id, kind, numbered.length);
  const firstKey = numbered.find((p) => HANDLED.includes(p.status as never));
  if (firstKey && kind === "PROPOSAL" && session.bodyKey === "cppcc") Object.assign(firstKey, { isKey: true, isNumberOne: true });

  const primaries = numbered.filter((p) => p.status !== "MERGED");
  for (const item of items) writeItem(ctx, item, primaries);
}

function writeItem(ctx: GenContext, item: PlannedItem, primaries: readonly PlannedItem[]): void {
  const { prng, tables } = ctx;
  const text = itemText(prng, item.kind);
  const submittedAt = instant(prng, item.submittedOn);
  const registeredAt = item.registeredOn ? instant(prng, item.registeredOn) : null;
  const decidedOn = minDate(plusDays(item.submittedOn, prng.int(5, 20)), plusDays(ctx.asOf, -1));
  const mergedInto = item.status === "MERGED" && primaries.length ? prng.pick(primaries).id : null;
  const status = item.status === "MERGED" && !mergedInto ? "WITHDRAWN" : item.status;
  const submittedStatus = status !== "DRAFT";

  const handled = HANDLED.includes(status as never) ? writeHandling(ctx, item, text.title) : null;
  tables.proposal.push(
    item.id, item.kind, item.session.id, item.number, text.title, text.body, item.registeredOn ? text.area : null,
    item.proposers.length > 1 ? "JOINT" : "INDIVIDUAL", status, handled?.round ?? 1, item.isKey, item.isNumberOne,
    item.isKey ? "副区长 林涛" : null, submittedStatus ? submittedAt : null, registeredAt,
    status === "NOT_REGISTERED" ? "PERSONAL" : null, status === "NOT_REGISTERED" ? DECLINE_REASON : null, mergedInto,
    handled?.closedAt ?? null, handled?.closeReason ?? null, ctx.ref.officeUserId, submittedAt, handled?.updatedAt ?? registeredAt ?? submittedAt,
  );
  item.proposers.forEach((m, i) => tables.proposer.push(item.id, m, i + 1));

  if (submittedStatus) event(ctx, submittedAt, item, "Proposal", item.id, "submit", null, { status: "SUBMITTED" });
  if (registeredAt) event(ctx, registeredAt, item, "Proposal", item.id, "register", { status: "SUBMITTED" }, { status: "REGISTERED", number: item.number });
  const decidedAt = instant(prng, decidedOn);
  if (status === "NOT_REGISTERED") event(ctx, decidedAt, item, "Proposal", item.id, "decline", { status: "SUBMITTED" }, { status, declineReasonCode: "PERSONAL" });
  if (status === "WITHDRAWN") event(ctx, decidedAt, item, "Proposal", item.id, "withdraw", { status: "SUBMITTED" }, { status });
  const mergedAt = item.registeredOn ? instant(prng, minDate(plusDays(item.registeredOn, 3), ctx.asOf)) : decidedAt;
  if (status === "MERGED") event(ctx, mergedAt, item, "Proposal", item.id, "merge", { status: item.registeredOn ? "REGISTERED" : "SUBMITTED" }, { status, mergedIntoId: mergedInto });
}
