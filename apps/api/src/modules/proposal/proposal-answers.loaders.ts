// Replies and feedback of an item, with the row rules for what hangs off a visible item:
// - replies: the office, administrators and district leaders see every reply in every state; a unit
//   sees its own replies in every state and the others' once sent; everyone else (members, committee
//   staff, API clients) sees sent replies only — a draft is not an answer yet;
// - feedback: a member sees their own ratings; a unit sees the ratings of its own replies; staff
//   (committee, office, admin, leaders) and API clients see all.
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { RequestContext } from "../../graphql/context";
import { groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { hasRole, type Principal } from "../auth/principal";
import { Feedback } from "../feedback/feedback.entity";
import { Reply } from "../reply/reply.entity";
import { hydrate } from "./proposal-prefetch";

const SEES_ALL_REPLIES = ["ADMIN", "OFFICE", "LEADER"] as const;
const SEES_ALL_FEEDBACK = ["ADMIN", "OFFICE", "LEADER", "COMMITTEE", "API_CLIENT"] as const;

function unitOf(p: Principal): string | null {
  return hasRole(p, "UNIT_HANDLER", "UNIT_LEADER") ? p.unitId : null;
}

export const repliesByProposalId: LoaderFactory<string, Reply[]> = (ctx: RequestContext) =>
  new DataLoader(async (ids) => {
    const p = ctx.principal;
    const all = !!p && hasRole(p, ...SEES_ALL_REPLIES);
    const unitId = p ? unitOf(p) : null;
    const rows: Array<Record<string, unknown>> = await ctx.em.query(
      `SELECT r.* FROM reply r
        WHERE r.proposal_id = ANY($1::uuid[])
          AND ($3::boolean OR r.status = 'SENT' OR r.unit_id = $2::uuid)
        ORDER BY r.round, r.sent_at NULLS LAST, r.created_at, r.id`,
      [[...ids], unitId, all],
    );
    return groupByKeys(ids, rows.map((r) => hydrate(ctx.em, Reply, r)), (r) => r.proposalId);
  });

export const feedbackByProposalId: LoaderFactory<string, Feedback[]> = (ctx: RequestContext) =>
  new DataLoader(async (ids) => {
    const p = ctx.principal;
    const all = !!p && hasRole(p, ...SEES_ALL_FEEDBACK);
    const memberId = p && hasRole(p, "MEMBER") ? p.memberId : null;
    const unitId = p ? unitOf(p) : null;
    const rows: Array<Record<string, unknown>> = await ctx.em.query(
      `SELECT f.* FROM feedback f JOIN reply r ON r.id = f.reply_id
        WHERE f.proposal_id = ANY($1::uuid[])
          AND ($2::boolean OR f.member_id = $3::uuid OR r.unit_id = $4::uuid)
        ORDER BY f.round, f.given_at, f.id`,
      [[...ids], all, memberId, unitId],
    );
    return groupByKeys(ids, rows.map((r) => hydrate(ctx.em, Feedback, r)), (f) => f.proposalId);
  });
