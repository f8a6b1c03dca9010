// The rule set as a typed GraphQL object (not JSON): forms read caps and categories from it, and the
// admin console edits every field. Built from the domain's RuleSet plus the row's version.
import { HandledBasis, OfficeReview, ProposalKind } from "@jyta/domain";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
// Registers the ProposalKind enum with type-graphql (the item entity owns that registration).
import "../proposal/proposal.entity";

registerEnumType(OfficeReview, { name: "OfficeReview", description: "Which replies the government office reviews: none, key items only, all" });
registerEnumType(HandledBasis, { name: "HandledBasis", description: "Count handled items after merging (primaries) or before (every merged item too)" });

@ObjectType("OutcomeCategory", { description: "答复分类, e.g. A 已解决或基本解决" })
export class OutcomeCategoryType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  zh: string;

  @Field(() => String)
  en: string;

  @Field(() => Boolean, { description: "Counts as solved in the solved rate (解决率)" })
  solved: boolean;

  @Field(() => Boolean, { description: "Items closed with it stay on the follow-up list (跟踪办理)" })
  followUp: boolean;
}

@ObjectType("SubjectArea", { description: "提案分类, chosen at registration, e.g. 经济发展" })
export class SubjectAreaType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  zh: string;

  @Field(() => String)
  en: string;
}

@ObjectType("RuleSet", { description: "Every configurable number and list of DOMAIN.md, per item kind" })
export class RuleSetType {
  @Field(() => ProposalKind)
  kind: ProposalKind;

  @Field(() => Int, { description: "Edit counter: pass it back to updateRuleSet (compare-and-set)" })
  version: number;

  @Field(() => Date, { nullable: true, description: "Last edit; null while the shipped defaults are in force" })
  updatedAt: Date | null;

  @Field(() => Int, { description: "Return (退回) may be requested within this many working days after assignment" })
  returnWindowWorkingDays: number;

  @Field(() => Int, { description: "CO opinions are due this many calendar months after assignment" })
  coOpinionDueMonths: number;

  @Field(() => Int, { description: "Replies are due this many calendar months after assignment" })
  replyDueMonths: number;

  @Field(() => Int, { description: "No extension beyond this many calendar months after assignment" })
  extensionMaxMonths: number;

  @Field(() => Int, { description: "Proposers may rate within this many working days after the reply is sent" })
  feedbackWindowWorkingDays: number;

  @Field(() => Int, { description: "A round-2 reply is due this many calendar months after re-handling is ordered" })
  rehandlingDueMonths: number;

  @Field(() => Int, { description: "An open assignment is due soon when at most this many calendar days are left" })
  dueSoonDays: number;

  @Field(() => Int, { description: "Body cap in characters" })
  bodyMaxLength: number;

  @Field(() => Int, { description: "Title cap in characters" })
  titleMaxLength: number;

  @Field(() => [OutcomeCategoryType])
  categories: OutcomeCategoryType[];

  @Field(() => [SubjectAreaType])
  subjectAreas: SubjectAreaType[];

  @Field(() => OfficeReview)
  officeReviewRequired: OfficeReview;

  @Field(() => Boolean, { description: "A reply cannot go to sign-off without a communication logged" })
  communicationRequiredBeforeReply: boolean;

  @Field(() => HandledBasis)
  handledBasis: HandledBasis;

  @Field(() => Int, { description: "Units with fewer assignments are shown but not ranked in the assessment" })
  minAssessmentSample: number;
}
