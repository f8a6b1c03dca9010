// annualReport(sessionId) and updateReportNarrative: access, then the figures (recomputed on every
// call through the figures service, so the report and the dashboards cannot disagree), the rows the
// report quotes, the stored narrative, and the composed draft. Used by GraphQL and the file exports.
import { mayCall, rowRelations, type ProposalKind } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { AppError, forbidden, notFound } from "../../graphql/errors";
import { today } from "../calendar/calendar.service";
import { computeFigures } from "../figures/figures.service";
import { getRuleSet } from "../rule-set/rule-set.service";
import { loadExcellentUnits, loadKeyItems, loadReportSession, loadUnitNames, type ReportSessionInfo } from "./report-data.service";
import { composeDraft } from "./report-draft";
import { reportMarkdown } from "./report-markdown";
import { loadNarrative, saveNarrative } from "./report-narrative.service";
import { mainKind } from "./report-text";
import type { ReportNarrativeInput } from "./report.inputs";
import type { AnnualReport } from "./report.types";

/**
 * The session, if the caller may report on it. Checked here rather than only by @Allow because the
 * file exports call this too. Committee staff see their own body's sessions only; another body's
 * session answers as a missing one.
 */
async function reportableSession(ctx: RequestContext, sessionId: string, operation: "annualReport" | "updateReportNarrative"): Promise<ReportSessionInfo> {
  const principal = ctx.principal;
  if (!principal) throw new AppError("UNAUTHENTICATED", "Please log in");
  if (!mayCall(operation, principal.roles)) throw forbidden("Your role may not do this");
  const info = await loadReportSession(ctx, sessionId);
  const relations = rowRelations(operation, principal.roles);
  const all = relations.includes("READ_ALL") || relations.includes("ANY");
  if (!all && !(relations.includes("OWN_BODY") && principal.bodyId === info.body.id)) throw notFound("Session");
  return info;
}

export async function annualReport(ctx: RequestContext, sessionId: string, kind?: ProposalKind | null): Promise<AnnualReport> {
  const info = await reportableSession(ctx, sessionId, "annualReport");
  return draftReport(ctx, info, kind ?? mainKind(info.body.kind));
}

export async function updateReportNarrative(
  ctx: RequestContext,
  sessionId: string,
  input: ReportNarrativeInput,
  kind?: ProposalKind | null,
): Promise<AnnualReport> {
  const info = await reportableSession(ctx, sessionId, "updateReportNarrative");
  await saveNarrative(ctx, sessionId, input);
  return draftReport(ctx, info, kind ?? mainKind(info.body.kind));
}

async function draftReport(ctx: RequestContext, info: ReportSessionInfo, kind: ProposalKind): Promise<AnnualReport> {
  const sessionId = info.session.id;
  // Sequential on purpose: inside a mutation these share one transaction (and, on PGlite, one session).
  const figures = await computeFigures(ctx, { sessionId, kind });
  const keyFigures = await computeFigures(ctx, { sessionId, kind, keyOnly: true });
  const rules = await getRuleSet(ctx, kind);
  const keyItems = await loadKeyItems(ctx, sessionId, kind);
  const unitNames = await loadUnitNames(ctx, figures.byUnit.map((u) => u.unitId));
  const excellentUnits = await loadExcellentUnits(ctx, info.session.year);
  const narrative = await loadNarrative(ctx, sessionId);
  const asOf = today(ctx);
  const draft = composeDraft({ info, kind, asOf, figures, keyFigures, keyItems, unitNames, excellentUnits, rules, narrative: narrative.sections });
  const generatedAt = ctx.now();
  const s = narrative.sections;
  return {
    ...draft,
    markdown: reportMarkdown(draft, generatedAt),
    generatedAt,
    session: info.session,
    kind,
    narrative: {
      measures: s.measures ?? null,
      problems: s.problems ?? null,
      nextSteps: s.nextSteps ?? null,
      addressee: s.addressee ?? null,
      issuer: s.issuer ?? null,
      issuedOn: s.issuedOn ?? null,
      updatedAt: narrative.updatedAt,
    },
  };
}
