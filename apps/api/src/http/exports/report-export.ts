// GET /export/report.docx?sessionId=…[&kind=…] and GET /export/report.md?…: the annual report as
// annualReport(sessionId) drafts it (same access: readers and the session's own committee staff).
import { isEnumValue, ProposalKind } from "@jyta/domain";
import type { Request } from "express";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { annualReport } from "../../modules/report/annual-report.service";
import type { AnnualReport } from "../../modules/report/report.types";
import { CONTENT_TYPES, type ExportFile } from "./export-route";
import { reportDocument } from "./report-docx";

async function reportFor(ctx: RequestContext, req: Request): Promise<AnnualReport> {
  const { sessionId, kind, ...rest } = req.query;
  const unknown = Object.keys(rest);
  if (unknown.length) throw badInput(`Unknown parameter "${unknown[0]}"`);
  if (typeof sessionId !== "string" || !sessionId) throw badInput("sessionId is required", { sessionId: ["is required"] });
  if (kind !== undefined && (typeof kind !== "string" || !isEnumValue(ProposalKind, kind))) throw badInput("kind is not an item kind", { kind: ["unknown kind"] });
  return annualReport(ctx, sessionId, kind);
}

const fileName = (report: AnnualReport, ext: string): string => `${report.title}.${ext}`;

export async function reportDocx(ctx: RequestContext, req: Request): Promise<ExportFile> {
  const report = await reportFor(ctx, req);
  return { body: await reportDocument(report), contentType: CONTENT_TYPES.docx, filename: fileName(report, "docx") };
}

export async function reportMarkdown(ctx: RequestContext, req: Request): Promise<ExportFile> {
  const report = await reportFor(ctx, req);
  return { body: report.markdown, contentType: CONTENT_TYPES.markdown, filename: fileName(report, "md") };
}
