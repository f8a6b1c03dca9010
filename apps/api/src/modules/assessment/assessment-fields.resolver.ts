import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { FigurePart } from "../figures/figures.inputs";
import { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { lineItems } from "./assessment-items.service";
import { AssessmentItem, CountedScore, IndicatorScore, UnitScore } from "./assessment.types";

@Resolver(() => UnitScore)
export class UnitScoreResolver {
  @FieldResolver(() => Unit)
  async unit(@Ctx() ctx: RequestContext, @Root() score: UnitScore): Promise<Unit> {
    const unit = await ctx.loaders.get(unitById).load(score.unitId);
    if (!unit) throw new Error(`Unit ${score.unitId} vanished`);
    return unit;
  }
}

@Resolver(() => IndicatorScore)
export class IndicatorScoreResolver {
  @FieldResolver(() => [AssessmentItem], { description: "The assignments behind the numerator (default) or denominator" })
  items(
    @Ctx() ctx: RequestContext,
    @Root() line: IndicatorScore,
    @Arg("part", () => FigurePart, { defaultValue: FigurePart.NUMERATOR }) part: FigurePart,
  ): Promise<AssessmentItem[]> {
    return lineItems(ctx, line.source, line.key, part);
  }
}

@Resolver(() => CountedScore)
export class CountedScoreResolver {
  @FieldResolver(() => [AssessmentItem], { description: "The assignments counted" })
  items(@Ctx() ctx: RequestContext, @Root() line: CountedScore): Promise<AssessmentItem[]> {
    return lineItems(ctx, line.source, line.key, FigurePart.NUMERATOR);
  }
}
