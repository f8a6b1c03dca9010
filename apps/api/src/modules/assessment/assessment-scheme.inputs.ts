// An edit of a year's scheme: the whole scheme (lists replaced whole). Types, caps and lengths are
// checked here; weights adding to 100, band order, one rule per cause and the rest are the domain's
// validateScheme, so every problem is reported at once.
import type { AssessmentScheme } from "@jyta/domain";
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { BonusCause, DeductionCause, IndicatorComputationEnum, WhenNoDenominator } from "./assessment-scheme.types";

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

@InputType()
export class CategoryValueInput {
  @Field(() => String) @IsString() @Length(1, 10) code: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1) value: number;
}

@InputType()
export class AssessmentIndicatorInput {
  @Field(() => String) @IsString() @Length(1, 30) @Matches(KEY, { message: "key: letters, digits and _, starting with a letter" }) key: string;
  @Field(() => String) @IsString() @Length(1, 50) zh: string;
  @Field(() => String) @IsString() @Length(1, 100) en: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) weight: number;
  @Field(() => IndicatorComputationEnum) @IsIn(Object.values(IndicatorComputationEnum)) computation: IndicatorComputationEnum;
  @Field(() => WhenNoDenominator) @IsIn(Object.values(WhenNoDenominator)) whenNoDenominator: WhenNoDenominator;

  @Field(() => [CategoryValueInput], { nullable: true, description: "CATEGORY_MEAN only" })
  @IsOptional()
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
 
  categoryValues?: CategoryValueInput[] | null;
}

@InputType()
export class AssessmentDeductionInput {
  @Field(() => String) @IsString() @Length(1, 30) @Matches(KEY, { message: "key: letters, digits and _, starting with a letter" }) key: string;
  @Field(() => String) @IsString() @Length(1, 50) zh: string;
  @Field(() => String) @IsString() @Length(1, 100) en: string;
  @Field(() => DeductionCause) @IsIn(Object.values(DeductionCause)) cause: DeductionCause;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) pointsPer: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) max: number;
  @Field(() => Int, { nullable: true, description: "LATE only (days past due)" }) @IsOptional() @IsInt() @Min(0) @Max(366) thresholdDays?: number | null;
}

@InputType()
export class AssessmentBonusInput {
  @Field(() => String) @IsString() @Length(1, 30) @Matches(KEY, { message: "key: letters, digits and _, starting with a letter" }) key: string;
  @Field(() => String) @IsString() @Length(1, 50) zh: string;
  @Field(() => String) @IsString() @Length(1, 100) en: string;
  @Field(() => BonusCause) @IsIn(Object.values(BonusCause)) cause: BonusCause;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) pointsPer: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) max: number;
}

@InputType()
export class GradeBandInput {
  @Field(() => String) @IsString() @Length(1, 20) @Matches(KEY, { message: "key: letters, digits and _, starting with a letter" }) key: string;
  @Field(() => String) @IsString() @Length(1, 10, { message: "zh: 1–10 characters (published grades are stored as varchar(10))" }) zh: string;
  @Field(() => String) @IsString() @Length(1, 50) en: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(200) min: number;
}

@InputType()
export class AssessmentSchemeInput {
  @Field(() => [AssessmentIndicatorInput]) @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true })
  indicators: AssessmentIndicatorInput[];

  @Field(() => [AssessmentDeductionInput]) @ArrayMaxSize(10) @ValidateNested({ each: true })
  deductions: AssessmentDeductionInput[];

  @Field(() => [AssessmentBonusInput]) @ArrayMaxSize(10) @ValidateNested({ each: true })
  bonuses: AssessmentBonusInput[];

  @Field(() => [GradeBandInput]) @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true })
  gradeBands: GradeBandInput[];

  @Field(() => Int, { nullable: true, description: "Left out: the highest minAssessmentSample of the rule sets" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minSample?: number | null;
}

/** The input as the domain's scheme (trimmed texts; category values as a record). */
export function schemeFromInput(input: AssessmentSchemeInput): Omit<AssessmentScheme, "minSample"> & { minSample: number | null } {
  const text = <T extends { key: string; zh: string; en: string }>(x: T): T => ({ ...x, key: x.key.trim(), zh: x.zh.trim(), en: x.en.trim() });
  return {
    indicators: input.indicators.map((i) => {
      const { categoryValues, ...rest } = text(i);
      return { ...rest, ...(categoryValues?.length ? { categoryValues: Object.fromEntries(categoryValues.map((c) => [c.code.trim(), c.value])) } : {}) };
    }),
    deductions: input.deductions.map((d) => {
      const { thresholdDays, ...rest } = text(d);
      return thresholdDays === null || thresholdDays === undefined ? rest : { ...rest, thresholdDays };
    }),
    bonuses: input.bonuses.map((b) => ({ ...text(b) })),
    gradeBands: input.gradeBands.map((g) => ({ ...text(g) })),
    minSample: input.minSample ?? null,
  };
}
