// The GraphQL shape of the figures (API.md `Figures`, plus every other figure of DOMAIN.md §4, the
// numerator and denominator behind each rate, and the breakdowns the dashboard needs).
import { FigureKey, ProposalKind, ProposalStatus } from "@jyta/domain";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
// ProposalKind and ProposalStatus are registered as GraphQL enums by the proposal entity module;
// FigureKey by the inputs module.
import "../proposal/proposal.entity";
import "./figures.inputs";

export const FigureMeasure = { COUNT: "COUNT", RATE: "RATE", DAYS: "DAYS" } as const;
export type FigureMeasure = (typeof FigureMeasure)[keyof typeof FigureMeasure];
registerEnumType(FigureMeasure, { name: "FigureMeasure" });

@ObjectType({ description: "numerator ÷ denominator; rate is 0 when the denominator is 0" })
export class FigureRatio {
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
  @Field(() => Float) rate: number;
}

@ObjectType({ description: "Calendar days: median and 90th percentile (linear interpolation); null with no values" })
export class DaysFigure {
  @Field(() => Int, { description: "Values measured" }) count: number;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, { nullable: true }) p90: number | null;
}

@ObjectType({ description: "Replied items per outcome category (API.md)" })
export class CategoryCount {
  @Field(() => String) category: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { description: "count ÷ replied items" }) share: number;
}

@ObjectType({ description: "An outcome category with its label and whether it counts as solved" })
export class CategoryFigures extends CategoryCount {
  @Field(() => String, { nullable: true, description: "From the rule set; null for a code no rule set knows" }) label: string | null;
  @Field(() => Boolean) solved: boolean;
}

@ObjectType({ description: "Figures of the items of one subject area (Proposal.category)" })
export class SubjectAreaFigures {
  @Field(() => String, { nullable: true, description: "Null for items without a subject area" }) subjectArea: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Int) handled: number;
  @Field(() => FigureRatio) reply: FigureRatio;
  @Field(() => Float) replyRate: number;
  @Field(() => FigureRatio) satisfaction: FigureRatio;
  @Field(() => Float) satisfactionRate: number;
  @Field(() => FigureRatio) solved: FigureRatio;
  @Field(() => Float) solvedRate: number;
}

@ObjectType({ description: "Figures of one handling unit's assignments in the slice" })
export class UnitFigures {
  @Field(() => ID) unitId: string;
  @Field(() => Int, { description: "All its assignments, CO and returned ones included" }) assignments: number;
  @Field(() => Int, { description: "Live SOLE, LEAD and SPLIT assignments" }) replying: number;
  @Field(() => Int, { description: "Replying assignments whose first reply is sent" }) replied: number;
  @Field(() => FigureRatio) onTime: FigureRatio;
  @Field(() => Float) onTimeReplyRate: number;
  @Field(() => FigureRatio, { description: "The first proposer's rating of this unit's reply" }) satisfaction: FigureRatio;
  @Field(() => Float) satisfactionRate: number;
  @Field(() => FigureRatio) communication: FigureRatio;
  @Field(() => Float) communicationRate: number;
  @Field(() => FigureRatio) coOpinionOnTime: FigureRatio;
  @Field(() => Int) returned: number;
  @Field(() => Int) dueSoon: number;
  @Field(() => Int) overdue: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => ProposalStatus) status: ProposalStatus;
  @Field(() => Int) count: number;
}

@ObjectType("FigureDefinition", { description: "What a figure counts, from the domain's FIGURES" })
export class FigureDefinitionType {
  @Field(() => FigureKey) key: FigureKey;
  @Field(() => FigureMeasure) measure: FigureMeasure;
  @Field(() => String, { description: "zh-CN, e.g. 办复率" }) label: string;
  @Field(() => String) labelEn: string;
  @Field(() => String) numerator: string;
  @Field(() => String) numeratorEn: string;
  @Field(() => String, { nullable: true }) denominator: string | null;
  @Field(() => String, { nullable: true }) denominatorEn: string | null;
}

@ObjectType({ description: "The slice the figures were computed over, after the caller's row rules" })
export class AppliedFigureScope {
  @Field(() => ID, { nullable: true }) sessionId: string | null;
  @Field(() => ID, { nullable: true }) bodyId: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ProposalKind, { nullable: true }) kind: ProposalKind | null;
  @Field(() => Boolean) keyOnly: boolean;
  @Field(() => String, { nullable: true }) subjectArea: string | null;
  @Field(() => String, { nullable: true }) category: string | null;
}

@ObjectType({ description: "The figures of DOMAIN.md §4 over one slice; rates are fractions 0–1" })
export class Figures {
  @Field(() => LocalDateScalar, { description: "The day 'past due' and 'due soon' are counted from" }) asOf: string;
  @Field(() => AppliedFigureScope) appliedScope: AppliedFigureScope;

  @Field(() => Int, { description: "需办理件数" }) handled: number;
  @Field(() => Int) replied: number;
  @Field(() => Float, { description: "办复率" }) replyRate: number;
  @Field(() => FigureRatio) reply: FigureRatio;
  @Field(() => Float, { description: "按时办复率" }) onTimeReplyRate: number;
  @Field(() => FigureRatio) onTime: FigureRatio;

  @Field(() => Int) rated: number;
  @Field(() => Int) satisfied: number;
  @Field(() => Int) basicallySatisfied: number;
  @Field(() => Int) dissatisfied: number;
  @Field(() => Int, { description: "Closed without a rating; not in the satisfaction denominator" }) noFeedback: number;
  @Field(() => Float, { description: "满意率" }) satisfactionRate: number;
  @Field(() => FigureRatio) satisfaction: FigureRatio;

  @Field(() => Float, { description: "解决率" }) solvedRate: number;
  @Field(() => FigureRatio) solved: FigureRatio;
  @Field(() => Float, { description: "沟通率" }) communicationRate: number;
  @Field(() => FigureRatio) communication: FigureRatio;
  @Field(() => Float, { description: "会办及时率" }) coOpinionOnTimeRate: number;
  @Field(() => FigureRatio) coOpinionOnTime: FigureRatio;
  @Field(() => Float, { description: "退回率" }) returnRate: number;
  @Field(() => FigureRatio) returns: FigureRatio;
  @Field(() => Float, { description: "退改率" }) reworkRate: number;
  @Field(() => FigureRatio) rework: FigureRatio;
  @Field(() => Float, { description: "延期率" }) extensionRate: number;
  @Field(() => FigureRatio) extension: FigureRatio;
  @Field(() => DaysFigure, { description: "签收用时" }) daysToReceipt: DaysFigure;
  @Field(() => DaysFigure, { description: "答复用时 (first reply)" }) daysToReply: DaysFigure;
  @Field(() => Int, { description: "Open duties due within the rule set's due-soon days" }) dueSoon: number;
  @Field(() => Int, { description: "Open duties past their due date" }) overdue: number;

  @Field(() => [CategoryCount], { description: "答复分类 (API.md shape)" }) categories: CategoryCount[];
  @Field(() => [CategoryFigures]) byCategory: CategoryFigures[];
  @Field(() => [SubjectAreaFigures]) bySubjectArea: SubjectAreaFigures[];
  @Field(() => [UnitFigures]) byUnit: UnitFigures[];
  @Field(() => [StatusCount], { description: "Items per status (drafts are never counted)" }) statusFunnel: StatusCount[];
  @Field(() => [FigureDefinitionType]) definitions: FigureDefinitionType[];
}
