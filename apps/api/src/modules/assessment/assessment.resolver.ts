import { Arg, Ctx, Float, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import type { Page } from "../../graphql/list";
import { FigurePart } from "../figures/figures.inputs";
import { adjustScore } from "./assessment-adjust.service";
import { listAssessmentItems } from "./assessment-items.service";
import { assessmentOf, liveDiffers, publishAssessment } from "./assessment-publish.service";
import { AssessmentItemsOptions } from "./assessment-items.inputs";
import { AssessmentSchemeInput, schemeFromInput } from "./assessment-scheme.inputs";
import { updateScheme } from "./assessment-scheme.service";
import { YearAssessmentScheme } from "./assessment-scheme.types";
import { yearScheme, yearSchemeType } from "./assessment-year-scheme";
import { assessmentType, unitScoreType } from "./assessment-view";
import { Assessment, type AssessmentItem, AssessmentItemList, UnitScore } from "./assessment.types";

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { description: "A year's assessment of the units (量化考评): the published snapshot, or computed now" })
  @Allow("assessment")
  async assessment(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number): Promise<Assessment> {
    return assessmentType(ctx.principal, await assessmentOf(ctx, year));
  }

  @Query(() => AssessmentItemList, { description: "The assignments behind one number of a unit's score (an indicator side, or a deduction's or bonus's cases)" })
  @Allow("assessmentItems")
  assessmentItems(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("indicator", () => String, { description: "An indicator, deduction or bonus key of the year's scheme" }) indicator: string,
    @Arg("part", () => FigurePart) part: FigurePart,
    @Arg("options", () => AssessmentItemsOptions, { nullable: true }) options?: AssessmentItemsOptions,
  ): Promise<Page<AssessmentItem>> {
    return listAssessmentItems(ctx, { year, unitId, indicator, part }, options);
  }

  @Query(() => YearAssessmentScheme, { description: "The scheme a year is (or was, once published) scored by" })
  @Allow("assessmentScheme")
  assessmentScheme(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number): Promise<YearAssessmentScheme> {
    return yearScheme(ctx, year);
  }

  @Mutation(() => YearAssessmentScheme, { description: "Replaces a year's scheme; refused once the year is published (ASSESSMENT_PUBLISHED)" })
  @Allow("updateAssessmentScheme")
  async updateAssessmentScheme(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("input", () => AssessmentSchemeInput) input: AssessmentSchemeInput,
  ): Promise<YearAssessmentScheme> {
    return yearSchemeType(await updateScheme(ctx, year, schemeFromInput(input)), false);
  }

  @Mutation(() => Assessment, { description: "Freezes the year's result as a snapshot (refused when already published)" })
  @Allow("publishAssessment")
  async publishAssessment(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number): Promise<Assessment> {
    return assessmentType(ctx.principal, await publishAssessment(ctx, year));
  }

  @Mutation(() => UnitScore, { description: "Adds a manual adjustment with its reason; returns the unit's score now" })
  @Allow("adjustScore")
  async adjustScore(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("points", () => Float) points: number,
    @Arg("reason", () => String) reason: string,
  ): Promise<UnitScore> {
    return unitScoreType(await adjustScore(ctx, { year, unitId, points, reason }), { year, published: false });
  }

  @FieldResolver(() => Boolean, { description: "Published only: a fresh computation now would differ (data, rules or scheme changed)" })
  liveDiffers(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<boolean> {
    return liveDiffers(ctx, assessment.view);
  }
}
