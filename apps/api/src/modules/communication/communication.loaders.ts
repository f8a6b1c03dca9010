import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import { groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { Communication } from "./communication.entity";

/** Communications of each assignment, oldest first (for rows the viewer already sees). */
export const communicationsByAssignmentId: LoaderFactory<string, Communication[]> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows = await ctx.em.getRepository(Communication).find({
      where: { assignmentId: In([...ids]) },
      order: { occurredOn: "ASC", createdAt: "ASC", id: "ASC" },
    });
    return groupByKeys(ids, rows, (c) => c.assignmentId);
  });
