import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { PaginatedList, type Page } from "../../graphql/list";
import { Unit } from "./unit.entity";
import { UnitInput, UnitListOptions, UnitUpdateInput } from "./unit.inputs";
import { createUnit, listUnits, updateUnit } from "./unit.service";

const UnitList = PaginatedList(Unit, "UnitList");

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitList, { description: "承办单位 list" })
  @Allow("units")
  units(@Ctx() ctx: RequestContext, @Arg("options", () => UnitListOptions, { nullable: true }) options?: UnitListOptions): Promise<Page<Unit>> {
    return listUnits(ctx, options);
  }

  @Mutation(() => Unit)
  @Allow("createUnit")
  createUnit(@Ctx() ctx: RequestContext, @Arg("input", () => UnitInput) input: UnitInput): Promise<Unit> {
    return createUnit(ctx, input);
  }

  @Mutation(() => Unit)
  @Allow("updateUnit")
  updateUnit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => UnitUpdateInput) input: UnitUpdateInput): Promise<Unit> {
    return updateUnit(ctx, id, input);
  }
}
