// DataLoaders of replies. `visibleRepliesByAssignmentId` applies the reading rule of replies (the same
// as Proposal.replies): sent replies are for everyone who sees the item; drafts and replies in
// sign-off or review only for the unit that writes them, the office, admins and district leaders.
import { ReplyStatus } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { byKeys, groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { mayReadUnsentReplies } from "../assignment/assignment-visibility";
import { Reply } from "./reply.entity";

export const replyById: LoaderFactory<string, Reply | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Reply).findBy({ id: In([...ids]) }), (r) => r.id));

function visibleTo(ctx: RequestContext): (reply: Reply) => boolean {
  return (reply) => reply.status === ReplyStatus.SENT || mayReadUnsentReplies(ctx.principal, reply.unitId);
}

/** Every reply of each assignment, by round; no reading rule (for internal checks). */
export const allRepliesByAssignmentId: LoaderFactory<string, Reply[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(Reply).find({ where: { assignmentId: In([...ids]) }, order: { round: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (r) => r.assignmentId);
  });

export const visibleRepliesByAssignmentId: LoaderFactory<string, Reply[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const lists = await ctx.loaders.get(allRepliesByAssignmentId).loadMany(ids);
    const visible = visibleTo(ctx);
    return lists.map((list) => (list instanceof Error ? list : list.filter(visible)));
  });
