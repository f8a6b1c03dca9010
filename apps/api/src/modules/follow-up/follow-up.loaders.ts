import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import { groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { FollowUpNote } from "./follow-up-note.entity";

/** Follow-up notes of each assignment, oldest first (for rows the viewer already sees). */
export const followUpNotesByAssignmentId: LoaderFactory<string, FollowUpNote[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(FollowUpNote).find({ where: { assignmentId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (n) => n.assignmentId);
  });

/** Follow-up notes of each item (for `Proposal` fields), oldest first. */
export const followUpNotesByProposalId: LoaderFactory<string, FollowUpNote[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(FollowUpNote).find({ where: { proposalId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (n) => n.proposalId);
  });
