// An item's timeline (操作记录), oldest first, one statement per batch of items.
import { rowRelations } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { groupByKeys, type LoaderFactory } from "../../graphql/loaders";
import { Event } from "./event.entity";

/**
 * Members see an item's status, not its internal timeline (who assigned, reminded, sent back): the
 * events are for staff, units and API clients, i.e. anyone whose view of the item is more than
 * "my own item".
 */
export function maySeeEvents(ctx: RequestContext): boolean {
  const p = ctx.principal;
  return !!p && rowRelations("proposal", p.roles).some((r) => r !== "OWN_PROPOSER");
}

export const eventsByProposalId: LoaderFactory<string, Event[]> = (ctx) =>
  new DataLoader(async (ids) => {
    if (!maySeeEvents(ctx)) return ids.map(() => []);
    const rows = await ctx.em.getRepository(Event).find({ where: { proposalId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
    return groupByKeys(ids, rows, (e) => e.proposalId ?? "");
  });
