import { FigureKey } from "@jyta/domain";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import type { Page } from "../../graphql/list";
import { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { FigureItem, FigureItemList } from "./figure-items.types";
import { listFigureItems } from "./figure-items.service";
import { FigureItemsOptions, FigurePart, FigureScope } from "./figures.inputs";
import { computeFigures } from "./figures.service";
import { Figures, UnitFigures } from "./figures.types";

@Resolver()
export class FiguresResolver {
  @Query(() => Figures, { description: "The figures of DOMAIN.md §4 over a slice (row rules may narrow the slice)" })
  @Allow("figures")
  figures(@Ctx() ctx: RequestContext, @Arg("scope", () => FigureScope) scope: FigureScope): Promise<Figures> {
    return computeFigures(ctx, scope);
  }

  @Query(() => FigureItemList, { description: "The items (or assignments) behind one side of a figure" })
  @Allow("figureItems")
  figureItems(
    @Ctx() ctx: RequestContext,
    @Arg("scope", () => FigureScope) scope: FigureScope,
    @Arg("figure", () => FigureKey) figure: FigureKey,
    @Arg("part", () => FigurePart) part: FigurePart,
    @Arg("options", () => FigureItemsOptions, { nullable: true }) options?: FigureItemsOptions,
  ): Promise<Page<FigureItem>> {
    return listFigureItems(ctx, scope, figure, part, options);
  }
}

@Resolver(() => UnitFigures)
export class UnitFiguresResolver {
  @FieldResolver(() => Unit)
  async unit(@Ctx() ctx: RequestContext, @Root() row: UnitFigures): Promise<Unit> {
    const unit = await ctx.loaders.get(unitById).load(row.unitId);
    if (!unit) throw new Error(`Unit ${row.unitId} vanished`);
    return unit;
  }
}

@Resolver(() => FigureItem)
export class FigureItemResolver {
  @FieldResolver(() => Unit, { nullable: true, description: "The assignment's unit, for figures counted per assignment" })
  unit(@Ctx() ctx: RequestContext, @Root() row: FigureItem): Promise<Unit | null> | null {
    return row.unitId ? ctx.loaders.get(unitById).load(row.unitId) : null;
  }
}
