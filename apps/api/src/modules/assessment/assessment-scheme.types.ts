// The assessment scheme as typed GraphQL objects (indicators, deductions, bonuses, grade bands,
// minimum sample), mirroring the domain's AssessmentScheme; category values as code/value pairs.
// Plain data with `simpleResolvers` (see assessment.types.ts).
import type { AssessmentScheme } from "@jyta/domain";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export const IndicatorComputationEnum = {
  ON_TIME_RATE: "ON_TIME_RATE",
  SATISFACTION_RATE: "SATISFACTION_RATE",
  CATEGORY_MEAN: "CATEGORY_MEAN",
  COMMUNICATION_RATE: "COMMUNICATION_RATE",
  QUALITY_MEAN: "QUALITY_MEAN",
  CO_ON_TIME_RATE: "CO_ON_TIME_RATE",
} as const;
export type IndicatorComputationEnum = (typeof IndicatorComputationEnum)[keyof typeof IndicatorComputationEnum];
registerEnumType(IndicatorComputationEnum, { name: "IndicatorComputation", description: "Which counts an indicator is computed from (DOMAIN.md §6)" });

export const WhenNoDenominator = { ZERO: "ZERO", FULL: "FULL" } as const;
export type WhenNoDenominator = (typeof WhenNoDenominator)[keyof typeof WhenNoDenominator];
registerEnumType(WhenNoDenominator, { name: "WhenNoDenominator", description: "Points when there is nothing to count: 0, or the full weight" });

export const DeductionCause = { REWORK: "REWORK", LATE: "LATE" } as const;
export type DeductionCause = (typeof DeductionCause)[keyof typeof DeductionCause];
registerEnumType(DeductionCause, { name: "DeductionCause", description: "REWORK: replies sent back (退改); LATE: first reply > thresholdDays past due" });

export const BonusCause = { KEY_LED_CLOSED_A: "KEY_LED_CLOSED_A" } as const;
export type BonusCause = (typeof BonusCause)[keyof typeof BonusCause];
registerEnumType(BonusCause, { name: "BonusCause", description: "KEY_LED_CLOSED_A: key items the unit led (SOLE/LEAD) that closed solved" });

@ObjectType({ simpleResolvers: true })
export class CategoryValue {
  @Field(() => String) code: string;
  @Field(() => Float) value: number;
}

@ObjectType("AssessmentIndicator", { simpleResolvers: true })
export class AssessmentIndicatorType {
  @Field(() => String) key: string;
  @Field(() => String) zh: string;
  @Field(() => String) en: string;
  @Field(() => Float) weight: number;
  @Field(() => IndicatorComputationEnum) computation: IndicatorComputationEnum;
  @Field(() => WhenNoDenominator) whenNoDenominator: WhenNoDenominator;
  @Field(() => [CategoryValue], { description: "CATEGORY_MEAN only" }) categoryValues: CategoryValue[];
}

@ObjectType("AssessmentDeduction", { simpleResolvers: true })
export class AssessmentDeductionType {
  @Field(() => String) key: string;
  @Field(() => String) zh: string;
  @Field(() => String) en: string;
  @Field(() => DeductionCause) cause: DeductionCause;
  @Field(() => Float) pointsPer: number;
  @Field(() => Float) max: number;
  @Field(() => Int, { nullable: true, description: "LATE only" }) thresholdDays: number | null;
}

@ObjectType("AssessmentBonus", { simpleResolvers: true })
export class AssessmentBonusType {
  @Field(() => String) key: string;
  @Field(() => String) zh: string;
  @Field(() => String) en: string;
  @Field(() => BonusCause) cause: BonusCause;
  @Field(() => Float) pointsPer: number;
  @Field(() => Float) max: number;
}

@ObjectType("GradeBand", { simpleResolvers: true })
export class GradeBandType {
  @Field(() => String) key: string;
  @Field(() => String) zh: string;
  @Field(() => String) en: string;
  @Field(() => Float, { description: "Lowest total of the band" }) min: number;
}

@ObjectType("AssessmentScheme", { simpleResolvers: true, description: "量化考评方案: indicators (weights sum to 100), deductions, bonuses, grade bands" })
export class AssessmentSchemeType {
  @Field(() => [AssessmentIndicatorType]) indicators: AssessmentIndicatorType[];
  @Field(() => [AssessmentDeductionType]) deductions: AssessmentDeductionType[];
  @Field(() => [AssessmentBonusType]) bonuses: AssessmentBonusType[];
  @Field(() => [GradeBandType]) gradeBands: GradeBandType[];
  @Field(() => Int, { description: "Units with fewer assignments are shown but not ranked" }) minSample: number;
}

@ObjectType("YearAssessmentScheme", { simpleResolvers: true, description: "The scheme in force for a year, and whether it may still change" })
export class YearAssessmentScheme extends AssessmentSchemeType {
  @Field(() => Int) year: number;
  @Field(() => Boolean, { description: "False while the year uses the default scheme" }) stored: boolean;
  @Field(() => Boolean, { description: "False once the year is published" }) editable: boolean;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

/** The domain's scheme as the GraphQL object. */
export function schemeType(scheme: AssessmentScheme): AssessmentSchemeType {
  return {
    indicators: scheme.indicators.map((i) => ({
      key: i.key, zh: i.zh, en: i.en, weight: i.weight, computation: i.computation, whenNoDenominator: i.whenNoDenominator,
      categoryValues: Object.entries(i.categoryValues ?? {}).map(([code, value]) => ({ code, value })),
    })),
    deductions: scheme.deductions.map((d) => ({ key: d.key, zh: d.zh, en: d.en, cause: d.cause, pointsPer: d.pointsPer, max: d.max, thresholdDays: d.thresholdDays ?? null })),
    bonuses: scheme.bonuses.map((b) => ({ key: b.key, zh: b.zh, en: b.en, cause: b.cause, pointsPer: b.pointsPer, max: b.max })),
    gradeBands: scheme.gradeBands.map((g) => ({ key: g.key, zh: g.zh, en: g.en, min: g.min })),
    minSample: scheme.minSample,
  };
}
