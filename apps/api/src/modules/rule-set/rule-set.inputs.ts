// An edit of one kind's rule set. Every field but `version` is optional: what is left out stays as
// it is, lists are replaced whole. Bounds and cross-field rules are the domain's validateRuleSet, so
// an admin sees every problem at once; here only types and storage caps are checked (category codes
// live in reply.category varchar(10), subject-area codes in proposal.category varchar(50)).
import { HandledBasis, OfficeReview } from "@jyta/domain";
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import "./rule-set.types"; // registers the OfficeReview and HandledBasis enums

const CODE = /^[A-Za-z0-9_-]+$/;

@InputType()
export class OutcomeCategoryInput {
  @Field(() => String)
  @IsString()
  @Length(1, 10)
  @Matches(CODE, { message: "code may hold letters, digits, _ and - only" })
  code: string;

  @Field(() => String)
  @IsString()
  @Length(1, 50)
  zh: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  en: string;

  @Field(() => Boolean)
  @IsBoolean()
  solved: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  followUp: boolean;
}

@InputType()
export class SubjectAreaInput {
  @Field(() => String)
  @IsString()
  @Length(1, 50)
  @Matches(CODE, { message: "code may hold letters, digits, _ and - only" })
  code: string;

  @Field(() => String)
  @IsString()
  @Length(1, 50)
  zh: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  en: string;
}

@InputType()
export class RuleSetInput {
  @Field(() => Int, { description: "The version read (compare-and-set): a stale one is a CONFLICT" })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  returnWindowWorkingDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  coOpinionDueMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  replyDueMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  extensionMaxMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  feedbackWindowWorkingDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  rehandlingDueMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  dueSoonDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  bodyMaxLength?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  titleMaxLength?: number | null;

  @Field(() => [OutcomeCategoryInput], { nullable: true, description: "Replaces the whole list" })
  @IsOptional()
  @ArrayMaxSize(26)
  @ValidateNested()
  categories?: OutcomeCategoryInput[] | null;

  @Field(() => [SubjectAreaInput], { nullable: true, description: "Replaces the whole list" })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested()
  subjectAreas?: SubjectAreaInput[] | null;

  @Field(() => OfficeReview, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OfficeReview))
  officeReviewRequired?: OfficeReview | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  communicationRequiredBeforeReply?: boolean | null;

  @Field(() => HandledBasis, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(HandledBasis))
  handledBasis?: HandledBasis | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  minAssessmentSample?: number | null;
}
