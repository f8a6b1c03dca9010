// Registration (立案) and decline (不予立案) by committee staff of the item's body (DOMAIN.md §2).
import { characterCount, DeclineReason, declineReasonLabels, isEnumValue, proposalKindLabels, proposalTransition, resolveSubjectArea } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { getRuleSet } from "../rule-set/rule-set.service";
import { proposalForAction, reloadProposal } from "./proposal-access";
import { Proposal } from "./proposal.entity";

/**
 * The next number of the session and kind. The upsert locks the counter row until the transaction
 * ends, so concurrent registrations queue here: no number is skipped or handed out twice, and a
 * registration that rolls back takes its number back with it.
 */
async function drawNumber(ctx: RequestContext, sessionId: string, kind: string): Promise<number> {
  const rows: Array<{ last_number: number }> = await ctx.em.query(
    `INSERT INTO proposal_number_counter (session_id, kind, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (session_id, kind) DO UPDATE SET last_number = proposal_number_counter.last_number + 1
     RETURNING last_number`,
    [sessionId, kind],
  );
  const n = rows[0]?.last_number;
  if (typeof n !== "number") throw new Error("number counter returned no row");
  return n;
}

/** The subject area given now, else the one chosen at submission; registration needs one. */
async function categoryFor(ctx: RequestContext, proposal: Proposal, given: string | null | undefined): Promise<string> {
  const rules = await getRuleSet(ctx, proposal.kind);
  if (given?.trim()) {
    const code = resolveSubjectArea(rules, given);
    if (!code) throw badInput("Unknown subject area", { category: [`one of ${rules.subjectAreas.map((a) => a.code).join(", ")}`] });
    return code;
  }
  if (proposal.category) return proposal.category;
  throw badInput("Registration needs a subject area", { category: ["is required"] });
}

export async function registerProposal(ctx: RequestContext, id: string, category: string | null | undefined): Promise<Proposal> {
  const { proposal, facts } = await proposalForAction(ctx, id, "registerProposal");
  const to = proposalTransition("register", proposal.status);
  const code = await categoryFor(ctx, proposal, category);
  const number = await drawNumber(ctx, proposal.sessionId, proposal.kind);
  const registeredAt = ctx.now();
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, { status: to, number, category: code, registeredAt });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: id,
    proposalId: id,
    action: "register",
    before: { status: proposal.status, category: proposal.category },
    after: { status: to, number, category: code },
  });
  const kind = proposalKindLabels[proposal.kind].zh;
  await notify(ctx, { memberIds: facts.proposerMemberIds }, {
    kind: "REGISTERED",
    title: `您的${kind}《${proposal.title}》已立案，编号第${number}号`,
    proposalId: id,
  });
  return reloadProposal(ctx, id);
}

export interface DeclineInput {
  reasonCode: string;
  reason: string;
  transferredTo?: string | null;
}

function checkDecline(input: DeclineInput): { code: DeclineReason; reason: string; transferredTo: string | null } {
  const fields: Record<string, string[]> = {};
  if (!isEnumValue(DeclineReason, input.reasonCode)) fields.reasonCode = [`one of ${Object.values(DeclineReason).join(", ")}`];
  const reason = input.reason.trim();
  if (!reason || characterCount(reason) > 1000) fields.reason = ["1 to 1000 characters"];
  const transferredTo = input.transferredTo?.trim() || null;
  if (transferredTo && characterCount(transferredTo) > 50) fields.transferredTo = ["at most 50 characters"];
  if (Object.keys(fields).length) throw badInput("The decline is not complete", fields);
  return { code: input.reasonCode as DeclineReason, reason, transferredTo };
}

export async function declineProposal(ctx: RequestContext, id: string, input: DeclineInput): Promise<Proposal> {
  const { proposal, facts } = await proposalForAction(ctx, id, "declineProposal");
  const to = proposalTransition("decline", proposal.status);
  const { code, reason, transferredTo } = checkDecline(input);
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, {
    status: to,
    declineReasonCode: code,
    declineReason: reason,
    transferredTo,
  });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: id,
    proposalId: id,
    action: "decline",
    before: { status: proposal.status },
    after: { status: to, declineReasonCode: code, declineReason: reason, ...(transferredTo ? { transferredTo } : {}) },
  });
  const kind = proposalKindLabels[proposal.kind].zh;
  await notify(ctx, { memberIds: facts.proposerMemberIds }, {
    kind: "DECLINED",
    title: `您的${kind}《${proposal.title}》不予立案`,
    body: `${declineReasonLabels[code].zh}：${reason}${transferredTo ? `（已转${transferredTo}）` : ""}`,
    proposalId: id,
  });
  return reloadProposal(ctx, id);
}
