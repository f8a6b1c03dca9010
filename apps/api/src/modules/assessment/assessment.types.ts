// The GraphQL shape of a year's assessment (API.md `Assessment`, `UnitScore`, `IndicatorScore`, plus
// the explanation DOMAIN.md §6 asks for: counted deductions and bonuses, adjustments, the rows behind
// every number). Built from assessment-result.ts; `year`/`published` ride along unexposed so field
// resolvers can load the drill-down rows.
//
// `simpleResolvers`: these are plain data, and access is decided at the root field, so their fields
// skip type-graphql's per-field middleware chain (the global transaction middleware would otherwise
// wrap each of the ~16,000 fields of a 300-unit table: measured 160–250 ms of CPU → 50–70 ms).
import { AssignmentRole, ProposalKind, ProposalStatus, Satisfaction } from "@jyta/domain";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PaginatedList } from "../../graphql/list";
import { LocalDateScalar } from "../../graphql/scalars";
import type { AssessmentView } from "./assessment-publish.service";
import { AssessmentSchemeType, IndicatorComputationEnum } from "./assessment-scheme.types";
// Enums registered by their entity modules.
import "../assignment/assignment.entity";
import "../feedback/feedback.entity";
import "../proposal/proposal.entity";

/** Where a line comes from, for its drill-down (not exposed). */
export interface LineSource {
  year: number;
  unitId: string;
  published: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One indicator of a unit: numerator ÷ denominator × weight = points" })
export class IndicatorScore {
  @Field(() => String) key: string;
  @Field(() => String, { description: "中文名称, e.g. 按时办复" }) label: string;
  @Field(() => String) labelEn: string;
  @Field(() => IndicatorComputationEnum) computation: IndicatorComputationEnum;
  @Field(() => Float) weight: number;
  @Field(() => Float, { description: "For reply quality: the sum of the ratings; for solved: the sum of category values" }) numerator: number;
  @Field(() => Float, { description: "For reply quality: rated replies × 100" }) denominator: number;
  @Field(() => Float, { description: "Points; when the denominator is 0 the scheme says 0 or the full weight" }) points: number;
  source: LineSource;
}

@ObjectType({ simpleResolvers: true, description: "A deduction or bonus: cases counted, points (negative for deductions), capped" })
export class CountedScore {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => String) labelEn: string;
  @Field(() => Int) count: number;
  @Field(() => Float) points: number;
  source: LineSource;
}

@ObjectType({ simpleResolvers: true, description: "A manual adjustment by office staff, with its reason" })
export class ScoreAdjustment {
  @Field(() => ID) id: string;
  @Field(() => Float) points: number;
  @Field(() => String) reason: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType({ simpleResolvers: true, description: "One unit's year score: indicators, deductions, bonuses, adjustments, total, rank, grade" })
export class UnitScore {
  @Field(() => ID) unitId: string;
  @Field(() => Float) total: number;
  @Field(() => Int, { nullable: true, description: "Null when not ranked; tied totals share a rank (1, 1, 3)" }) rank: number | null;
  @Field(() => String, { nullable: true, description: "优秀, 良好, 合格 or 不合格; null when not ranked" }) grade: string | null;
  @Field(() => String, { nullable: true, description: "EXCELLENT, GOOD, PASS, FAIL (the scheme's band keys)" }) gradeKey: string | null;
  @Field(() => Boolean, { description: "False for a unit under the minimum sample: shown, not ranked" }) ranked: boolean;
  @Field(() => Int, { description: "Live SOLE, LEAD, SPLIT and CO assignments of the year's items" }) assignmentCount: number;
  @Field(() => [IndicatorScore]) indicators: IndicatorScore[];
  @Field(() => [CountedScore]) deductions: CountedScore[];
  @Field(() => [CountedScore]) bonuses: CountedScore[];
  @Field(() => [ScoreAdjustment]) adjustments: ScoreAdjustment[];
  year: number;
  published: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A year's assessment (量化考评): live until published, then the frozen snapshot" })
export class Assessment {
  @Field(() => Int) year: number;
  @Field(() => Boolean) published: boolean;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => LocalDateScalar, { description: "The day the numbers were computed for (overdue counts depend on it)" }) asOf: string;
  @Field(() => [UnitScore], { description: "Ranked units by rank, then the unranked; a unit user sees their own unit only" }) units: UnitScore[];
  @Field(() => AssessmentSchemeType) scheme: AssessmentSchemeType;
  /** The whole result (every unit), for liveDiffers. */
  view: AssessmentView;
}

@ObjectType({ simpleResolvers: true, description: "One assignment behind an assessment number, with what it contributed" })
export class AssessmentItem {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID, { description: "The item (Proposal) id" }) proposalId: string;
  @Field(() => ID) unitId: string;
  @Field(() => Int, { nullable: true }) number: number | null;
  @Field(() => String) title: string;
  @Field(() => ProposalKind) kind: ProposalKind;
  @Field(() => ProposalStatus, { description: "The item's status (when published: as it was then)" }) status: ProposalStatus;
  @Field(() => AssignmentRole) role: AssignmentRole;
  @Field(() => LocalDateScalar, { nullable: true, description: "The due date in force for the first reply; for a CO row, the opinion's due date" }) replyDueOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "The first reply's sent date; for a CO row, the opinion's" }) firstReplySentOn: string | null;
  @Field(() => Int, { nullable: true, description: "Days past the due date when sent (or today, when unsent); negative when early" }) daysLate: number | null;
  @Field(() => String, { nullable: true, description: "The latest sent reply's outcome category" }) category: string | null;
  @Field(() => [Int], { description: "The office's quality ratings of the sent replies" }) qualityScores: number[];
  @Field(() => Int) reworkCount: number;
  @Field(() => Satisfaction, { nullable: true, description: "The first proposer's rating of this unit's reply" }) rating: Satisfaction | null;
  @Field(() => Boolean, { description: "Communication logged before the first reply" }) communicated: boolean;
}

export const AssessmentItemList = PaginatedList(AssessmentItem, "AssessmentItemList");
