// The GraphQL shape of the annual report (通报, DOMAIN.md §7): the drafted text as sections and as
// Markdown, and every figure it quotes with the slice (scope) and formula it was computed from.
import { FigureKey, ProposalKind } from "@jyta/domain";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
// FigureKey is registered as a GraphQL enum by the figures inputs module, ProposalKind by the proposal entity.
import "../figures/figures.inputs";
import "../proposal/proposal.entity";

@ObjectType({ description: "One part of the report: 一、办理情况, 二、工作措施和主要成效, …" })
export class ReportSection {
  @Field(() => String, { description: "opening, handling, measures, problems, nextSteps" }) key: string;
  @Field(() => String, { nullable: true, description: "e.g. 一、办理情况; null for a part that continues the one before" }) heading: string | null;
  @Field(() => [String], { description: "Paragraphs; a line like （一）强化领导 is a sub-heading" }) paragraphs: string[];
  @Field(() => Boolean, { description: "Staff-written (updateReportNarrative) rather than drafted from the data" }) editable: boolean;
  @Field(() => Boolean, { description: "An editable section still showing the default wording" }) isDefault: boolean;
}

@ObjectType({ description: "A number quoted in the report, recomputed on every call, with where it came from" })
export class ReportFigure {
  @Field(() => String, { description: "handled, replyRate, category.A, subjectArea.ECONOMY, unit.<id>.onTimeReplyRate, …" }) key: string;
  @Field(() => FigureKey, { nullable: true, description: "The named figure of DOMAIN.md §4 behind it" }) figure: FigureKey | null;
  @Field(() => String, { description: "zh-CN, e.g. 办复率" }) label: string;
  @Field(() => Float, { description: "A count, a rate (0–1) or a number of days" }) value: number;
  @Field(() => String, { description: "As printed in the report: 42 件, 100%, — (nothing to divide by)" }) formatted: string;
  @Field(() => Int, { nullable: true }) numerator: number | null;
  @Field(() => Int, { nullable: true }) denominator: number | null;
  @Field(() => String, { description: "The slice: body, session, kind, other filters, as-of date" }) scope: string;
  @Field(() => String, { description: "The definition, with the counts: numerator ÷ denominator = n ÷ d" }) formula: string;
}

@ObjectType({ description: "What staff stored for the report; null fields use the default wording" })
export class ReportNarrativeView {
  @Field(() => String, { nullable: true, description: "二、工作措施和主要成效" }) measures: string | null;
  @Field(() => String, { nullable: true, description: "三、存在问题 (first part)" }) problems: string | null;
  @Field(() => String, { nullable: true, description: "三、努力方向 (second part)" }) nextSteps: string | null;
  @Field(() => String, { nullable: true }) addressee: string | null;
  @Field(() => String, { nullable: true }) issuer: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) issuedOn: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType({ description: "The annual report (通报) of one session, drafted from the data in the seed report's shape" })
export class AnnualReport {
  @Field(() => String) title: string;
  @Field(() => String, { description: "主送: e.g. 滨江区政协常委会" }) addressee: string;
  @Field(() => String, { description: "Issuing body: e.g. 滨江区人民政府" }) issuer: string;
  @Field(() => LocalDateScalar) issuedOn: string;
  @Field(() => String, { description: "The whole report as Markdown, with the figures' scope and formula appended" }) markdown: string;
  @Field(() => [ReportSection]) sections: ReportSection[];
  @Field(() => [ReportFigure]) figures: ReportFigure[];
  @Field(() => Date) generatedAt: Date;
  @Field(() => AssemblySession) session: AssemblySession;
  @Field(() => ProposalKind, { description: "The kind of items reported on (提案 for a CPPCC session, 建议 for a People's Congress one)" })
  kind: ProposalKind;
  @Field(() => ReportNarrativeView) narrative: ReportNarrativeView;
}
