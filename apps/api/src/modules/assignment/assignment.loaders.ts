// DataLoaders of the handling flow's assignment side, one statement per batch, for rows already known
// to be visible (a field's parent) or for internal checks. (`Proposal.assignments` and the row facts
// loader live in the proposal module.)
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import { byKeys, groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { Proposal } from "../proposal/proposal.entity";
import { Assignment } from "./assignment.entity";
import { ExtensionRequest } from "./extension-request.entity";
import { ReturnRequest } from "./return-request.entity";

/** Items by id, for the `proposal` field of rows the viewer already sees. */
export const handlingProposalById: LoaderFactory<string, Proposal | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Proposal).findBy({ id: In([...ids]) }), (p) => p.id));

export const assignmentById: LoaderFactory<string, Assignment | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Assignment).findBy({ id: In([...ids]) }), (a) => a.id));

/** Every assignment of each item, returned ones included, in assignment order (for the co-opinion rule). */
export const allAssignmentsByProposalId: LoaderFactory<string, Assignment[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(Assignment).find({ where: { proposalId: In([...ids]) }, order: { assignedAt: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (a) => a.proposalId);
  });

export const returnRequestsByAssignmentId: LoaderFactory<string, ReturnRequest[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(ReturnRequest).find({ where: { assignmentId: In([...ids]) }, order: { requestedAt: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (r) => r.assignmentId);
  });

export const extensionRequestsByAssignmentId: LoaderFactory<string, ExtensionRequest[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(ExtensionRequest).find({ where: { assignmentId: In([...ids]) }, order: { requestedAt: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (r) => r.assignmentId);
  });
