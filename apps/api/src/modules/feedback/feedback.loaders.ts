// Ratings as the viewer may read them (the same rule as Proposal.feedback): a member sees their own
// ratings, a unit those of its own replies; staff, district leaders and API clients see all.
import { Role } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { isUnitUser } from "../assignment/assignment-visibility";
import type { Reply } from "../reply/reply.entity";
import { Feedback } from "./feedback.entity";

const SEES_ALL: readonly Role[] = [Role.ADMIN, Role.OFFICE, Role.LEADER, Role.COMMITTEE, Role.API_CLIENT];

/** Ratings of each reply the viewer may read, oldest first. */
export const visibleFeedbackByReplyId: LoaderFactory<Reply, Feedback[]> = (ctx: RequestContext) =>
  new DataLoader(
    async (replies) => {
      const p = ctx.principal;
      const rows = await ctx.em.getRepository(Feedback).find({ where: { replyId: In(replies.map((r) => r.id)) }, order: { givenAt: "ASC", id: "ASC" } });
      const unitOf = new Map(replies.map((r) => [r.id, r.unitId]));
      const visible = rows.filter((f) => {
        if (!p) return false;
        if (p.roles.some((r) => SEES_ALL.includes(r))) return true;
        if (isUnitUser(p) && p.unitId !== null && unitOf.get(f.replyId) === p.unitId) return true;
        return p.memberId !== null && f.memberId === p.memberId;
      });
      return groupByKeys(replies.map((r) => r.id), visible, (f) => f.replyId);
    },
    { cacheKeyFn: (reply) => reply.id },
  );
