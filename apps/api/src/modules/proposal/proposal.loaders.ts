// Per-request loaders for an item and what hangs off it, one statement per batch, with the row rules
// applied inside (a loader never returns a row its caller could not ask for by id).
import { returnAwaitsReplacement } from "@jyta/domain";
import { In } from "typeorm";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { RequestContext } from "../../graphql/context";
import { byKeys, groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { isUuid, loadRowFacts, proposalVisibilitySql, type RowFacts } from "../access/policy";
import { Assignment } from "../assignment/assignment.entity";
import { Member } from "../member/member.entity";
import { Proposal } from "./proposal.entity";
import { assignmentOrderSql } from "./proposal-lead-unit";
import { hydrate } from "./proposal-prefetch";

/** Items by id, null when missing or not visible to the caller (malformed ids included). */
export const visibleProposalById: LoaderFactory<string, Proposal | null> = (ctx) =>
  new DataLoader(async (ids) => {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return ids.map(() => null);
    const visibility = proposalVisibilitySql(ctx.principal, "p");
    const rows = await ctx.em
      .getRepository(Proposal)
      .createQueryBuilder("p")
      .where("p.id IN (:...visibleIds)", { visibleIds: wanted })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
    return byKeys(ids, rows, (p) => p.id);
  });

/** Items merged into each primary (visible ones), oldest first. */
export const mergedItemsByPrimaryId: LoaderFactory<string, Proposal[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const visibility = proposalVisibilitySql(ctx.principal, "p");
    const rows = await ctx.em
      .getRepository(Proposal)
      .createQueryBuilder("p")
      .where("p.merged_into_id IN (:...primaryIds)", { primaryIds: [...ids] })
      .andWhere(visibility.sql, visibility.params)
      .orderBy("p.submitted_at", "ASC", "NULLS LAST")
      .addOrderBy("p.id", "ASC")
      .getMany();
    return groupByKeys(ids, rows, (p) => p.mergedIntoId ?? "");
  });

/** Proposers in order (the first is 第一提案人 / 领衔). */
export const proposersByProposalId: LoaderFactory<string, Member[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows: Array<Record<string, unknown> & { of_proposal: string }> = await ctx.em.query(
      `SELECT m.*, pp.proposal_id AS of_proposal FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id
        WHERE pp.proposal_id = ANY($1::uuid[]) ORDER BY pp.proposal_id, pp.position`,
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.of_proposal).map((group) => group.map((r) => hydrate(ctx.em, Member, r)));
  });

/**
 * Live assignments (not voided by an approved return), in the one assignment order. Everyone who
 * sees the item sees them all: unit users see which other units handle it, with role and status.
 */
export const assignmentsByProposalId: LoaderFactory<string, Assignment[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows: Array<Record<string, unknown>> = await ctx.em.query(
      `SELECT a.* FROM assignment a JOIN unit u ON u.id = a.unit_id
        WHERE a.proposal_id = ANY($1::uuid[]) AND a.voided_at IS NULL
        ORDER BY ${assignmentOrderSql("a", "u")}`,
      [[...ids]],
    );
    return groupByKeys(ids, rows.map((r) => hydrate(ctx.em, Assignment, r)), (a) => a.proposalId);
  });

/** Row facts by item, for availableActions (one statement per batch). */
export const rowFactsByProposalId: LoaderFactory<string, RowFacts | null> = (ctx: RequestContext) =>
  new DataLoader(async (ids) => {
    const facts = await loadRowFacts(ctx, ids);
    return ids.map((id) => facts.get(id) ?? null);
  });

/**
 * Whether each item has a returned assignment still to replace (the guard of "reassign"), over all
 * its assignments, voided ones included. Only asked for office viewers of items in handling.
 */
export const returnAwaitsReplacementByProposalId: LoaderFactory<string, boolean> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(Assignment).find({ where: { proposalId: In([...ids]) }, select: { id: true, proposalId: true, assignedAt: true, voidedAt: true } });
    const byItem = groupByKeys(ids, rows, (a) => a.proposalId);
    return byItem.map((assignments) => returnAwaitsReplacement(assignments));
  });
