import { ProposalKind } from "@jyta/domain";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { annualReport, updateReportNarrative } from "./annual-report.service";
import { ReportNarrativeInput } from "./report.inputs";
import { AnnualReport } from "./report.types";

@Resolver()
export class ReportResolver {
  @Query(() => AnnualReport, { description: "The session's annual report (通报), drafted from the data; figures recomputed on every call" })
  @Allow("annualReport")
  annualReport(
    @Ctx() ctx: RequestContext,
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("kind", () => ProposalKind, { nullable: true, description: "Default: 提案 for a CPPCC session, 建议 for a People's Congress one" })
    kind?: ProposalKind | null,
  ): Promise<AnnualReport> {
    return annualReport(ctx, sessionId, kind);
  }

  @Mutation(() => AnnualReport, { description: "Edits the report's narrative sections (measures, problems, next steps, addressee, issuer, date); returns the redrafted report" })
  @Allow("updateReportNarrative")
  updateReportNarrative(
    @Ctx() ctx: RequestContext,
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("input", () => ReportNarrativeInput) input: ReportNarrativeInput,
    @Arg("kind", () => ProposalKind, { nullable: true, description: "The kind the returned report covers (as annualReport)" })
    kind?: ProposalKind | null,
  ): Promise<AnnualReport> {
    return updateReportNarrative(ctx, sessionId, input, kind);
  }
}
