// Supervision flags set by the office (DOMAIN.md §2 "Supervision"): key item (重点) with its
// supervising leader (领办/督办领导), and the one "No. 1" item (一号提案) per session and kind.
import { characterCount } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { changedFields, recordEvent } from "../event/event.service";
import { assertNumbered, proposalForAction, reloadProposal } from "./proposal-access";
import { Proposal } from "./proposal.entity";

export async function markKey(ctx: RequestContext, id: string, isKey: boolean, leader: string | null | undefined): Promise<Proposal> {
  const { proposal } = await proposalForAction(ctx, id, "markKey");
  assertNumbered(proposal, "markKey");
  const name = leader?.trim() || null;
  if (name && characterCount(name) > 50) throw badInput("Leader name too long", { leader: ["at most 50 characters"] });
  // Clearing the flag clears the leader; setting it without a leader keeps the one already named.
  const patch: Partial<Proposal> = { isKey, supervisingLeader: isKey ? (name ?? proposal.supervisingLeader) : null };
  const diff = changedFields(proposal, patch);
  if (Object.keys(diff.after).length === 0) return proposal;
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, patch);
  await recordEvent(ctx, { entityType: "Proposal", entityId: id, proposalId: id, action: "markKey", ...diff });
  return reloadProposal(ctx, id);
}

/**
 * At most one No. 1 item per session and kind: marking one clears the previous one, in the same
 * transaction. The session row is locked first so two concurrent marks cannot both win.
 */
export async function markNumberOne(ctx: RequestContext, id: string, isNumberOne: boolean): Promise<Proposal> {
  const { proposal } = await proposalForAction(ctx, id, "markNumberOne");
  assertNumbered(proposal, "markNumberOne");
  if (proposal.isNumberOne === isNumberOne) return proposal;
  if (isNumberOne) {
    await ctx.em.query(`SELECT id FROM assembly_session WHERE id = $1 FOR NO KEY UPDATE`, [proposal.sessionId]);
    const previous = await ctx.em.getRepository(Proposal).findBy({ sessionId: proposal.sessionId, kind: proposal.kind, isNumberOne: true });
    for (const p of previous) {
      await compareAndSet(ctx, Proposal, p.id, { version: p.version }, { isNumberOne: false });
      await recordEvent(ctx, { entityType: "Proposal", entityId: p.id, proposalId: p.id, action: "markNumberOne", before: { isNumberOne: true }, after: { isNumberOne: false } });
    }
  }
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, { isNumberOne });
  await recordEvent(ctx, { entityType: "Proposal", entityId: id, proposalId: id, action: "markNumberOne", before: { isNumberOne: !isNumberOne }, after: { isNumberOne } });
  return reloadProposal(ctx, id);
}
