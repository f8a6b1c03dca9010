import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { LoaderFactory } from "../../graphql/loaders";
import { byKeys } from "../../graphql/loaders";
import { Unit } from "./unit.entity";

/** Units by id, one statement per batch. Units are reference data: everyone who may see a row may see its unit. */
export const unitById: LoaderFactory<string, Unit | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Unit).findBy({ id: In([...ids]) }), (u) => u.id));
