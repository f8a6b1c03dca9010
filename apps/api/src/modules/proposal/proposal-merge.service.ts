// Merging (并案): similar items of one session and kind are merged into one registered primary item.
// Each merged item becomes MERGED with mergedIntoId; its proposers then see the primary and may rate
// its reply (the row policy counts proposers of merged items). Items earlier merged into one of the
// merged items are re-pointed to the new primary, so no proposer is left behind a chain.
import { DomainError, ErrorCode, MERGE_PRIMARY_STATUSES, proposalTransition } from "@jyta/domain";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput, notFound } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { authorizeRow, isUuid, loadRowFacts, rowFacts } from "../access/policy";
import { recordEvent } from "../event/event.service";
import { reloadProposal } from "./proposal-access";
import { Proposal } from "./proposal.entity";

/** A committee merges a handful of items at a time; the cap bounds one transaction. */
const MAX_MERGED = 50;

function checkIds(primaryId: string, otherIds: readonly string[]): void {
  const fields: Record<string, string[]> = {};
  if (otherIds.length === 0) fields.otherIds = ["name at least one item to merge"];
  if (otherIds.length > MAX_MERGED) fields.otherIds = [`at most ${MAX_MERGED} items at a time`];
  if (new Set(otherIds).size !== otherIds.length) fields.otherIds = ["an item is listed twice"];
  if (otherIds.includes(primaryId)) fields.otherIds = ["the primary item cannot be merged into itself"];
  if (Object.keys(fields).length) throw badInput("These items cannot be merged", fields);
}

/** Every item is visible and mergeable by the caller (NOT_FOUND / FORBIDDEN otherwise), in the primary's session and kind. */
async function loadItems(ctx: RequestContext, primaryId: string, otherIds: readonly string[]): Promise<{ primary: Proposal; others: Proposal[] }> {
  authorizeRow(ctx, "mergeProposals", await rowFacts(ctx, primaryId));
  // A missing (or malformed) id answers like an item the caller cannot see.
  if (!otherIds.every(isUuid)) throw notFound("Proposal");
  const facts = await loadRowFacts(ctx, otherIds);
  for (const id of otherIds) {
    const f = facts.get(id);
    if (!f) throw notFound("Proposal");
    authorizeRow(ctx, "mergeProposals", f);
  }
  const rows = await ctx.em.getRepository(Proposal).findBy({ id: In([primaryId, ...otherIds]) });
  const primary = rows.find((p) => p.id === primaryId)!;
  const others = otherIds.map((id) => rows.find((p) => p.id === id)!);
  const strangers = others.filter((o) => o.sessionId !== primary.sessionId || o.kind !== primary.kind);
  if (strangers.length) throw badInput("Only items of the same session and kind can be merged", { otherIds: strangers.map((o) => `${o.title}: other session or kind`) });
  return { primary, others };
}

export async function mergeProposals(ctx: RequestContext, primaryId: string, otherIds: readonly string[]): Promise<Proposal> {
  checkIds(primaryId, otherIds);
  const { primary, others } = await loadItems(ctx, primaryId, otherIds);
  if (!MERGE_PRIMARY_STATUSES.includes(primary.status)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `The primary item must be registered, not ${primary.status}`, {
      action: "merge",
      from: primary.status,
      allowedFrom: MERGE_PRIMARY_STATUSES,
    });
  }
  const targets = others.map((o) => ({ item: o, to: proposalTransition("merge", o.status) }));

  // The primary's version moves too, so it cannot itself be merged away or change status meanwhile.
  await compareAndSet(ctx, Proposal, primary.id, { version: primary.version, status: primary.status }, {});
  for (const { item, to } of targets) {
    await compareAndSet(ctx, Proposal, item.id, { version: item.version, status: item.status }, { status: to, mergedIntoId: primary.id });
    await recordEvent(ctx, {
      entityType: "Proposal",
      entityId: item.id,
      proposalId: item.id,
      action: "merge",
      before: { status: item.status },
      after: { status: to, mergedIntoId: primary.id },
    });
  }
  const repointed = await repointEarlierMerges(ctx, primary.id, otherIds);
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: primary.id,
    proposalId: primary.id,
    action: "mergeInto",
    after: { mergedIds: [...otherIds, ...repointed] },
  });
  return reloadProposal(ctx, primary.id);
}

/** Items merged earlier into one of `formerPrimaryIds` now follow the new primary. */
async function repointEarlierMerges(ctx: RequestContext, primaryId: string, formerPrimaryIds: readonly string[]): Promise<string[]> {
  const earlier = await ctx.em.getRepository(Proposal).findBy({ mergedIntoId: In([...formerPrimaryIds]) });
  for (const item of earlier) {
    await compareAndSet(ctx, Proposal, item.id, { version: item.version, status: item.status }, { mergedIntoId: primaryId });
    await recordEvent(ctx, {
      entityType: "Proposal",
      entityId: item.id,
      proposalId: item.id,
      action: "merge",
      before: { mergedIntoId: item.mergedIntoId },
      after: { mergedIntoId: primaryId },
    });
  }
  return earlier.map((e) => e.id);
}
