// GET /export/ledger.xlsx?…: the ledger (台账) for any filter of the `proposals` query, one row per
// assignment, as the caller may see it (a unit user gets their own unit's rows only).
import { assignmentRoleLabels, dueStateLabels, proposalKindLabels, proposalStatusLabels, satisfactionLabels, type ProposalKind } from "@jyta/domain";
import type { Request } from "express";
import type { RequestContext } from "../../graphql/context";
import { today } from "../../modules/calendar/calendar.service";
import { getRuleSet } from "../../modules/rule-set/rule-set.service";
import { CONTENT_TYPES, type ExportFile } from "./export-route";
import { ledgerFilter } from "./ledger-filter";
import { loadLedgerRows, type LedgerRow } from "./ledger-rows.service";
import { addSheet, civilDateCell, newWorkbook, workbookBuffer, type CellValue, type SheetColumn } from "./spreadsheet";

const DATE = "yyyy-mm-dd";

/** The columns of the brief first (编号 … 办理状态), then what places a row (kind, session, …). */
export const LEDGER_COLUMNS: readonly SheetColumn[] = [
  { header: "编号", width: 8 },
  { header: "案由", width: 50 },
  { header: "提案人", width: 24 },
  { header: "承办单位", width: 26 },
  { header: "办理方式", width: 10 },
  { header: "交办日期", width: 12, numFmt: DATE },
  { header: "答复期限", width: 12, numFmt: DATE },
  { header: "答复日期", width: 12, numFmt: DATE },
  { header: "答复类别", width: 10 },
  { header: "满意度", width: 10 },
  { header: "办理状态", width: 10 },
  { header: "类型", width: 8 },
  { header: "届次", width: 16 },
  { header: "年度", width: 8 },
  { header: "主题", width: 16 },
  { header: "重点", width: 6 },
  { header: "件状态", width: 10 },
];

function cells(r: LedgerRow, subjectLabel: (kind: ProposalKind, code: string | null) => string | null): CellValue[] {
  return [
    r.number,
    r.title,
    r.proposers.join("、"),
    r.unitName,
    r.role ? assignmentRoleLabels[r.role].zh : null,
    civilDateCell(r.assignedOn),
    civilDateCell(r.dueOn),
    civilDateCell(r.answeredOn),
    r.replyCategory,
    r.rating ? satisfactionLabels[r.rating].zh : null,
    r.dueState ? dueStateLabels[r.dueState].zh : null,
    proposalKindLabels[r.kind].zh,
    r.sessionName,
    r.year,
    subjectLabel(r.kind, r.subjectArea),
    r.isKey ? "是" : "否",
    proposalStatusLabels[r.status].zh,
  ];
}

export async function ledgerXlsx(ctx: RequestContext, req: Request): Promise<ExportFile> {
  const filter = await ledgerFilter(req);
  const rows = await loadLedgerRows(ctx, filter);
  const rules = new Map(await Promise.all([...new Set(rows.map((r) => r.kind))].map(async (k) => [k, await getRuleSet(ctx, k)] as const)));
  const subjectLabel = (kind: ProposalKind, code: string | null): string | null =>
    code === null ? null : (rules.get(kind)?.subjectAreas.find((a) => a.code === code)?.zh ?? code);
  const workbook = newWorkbook(ctx.now());
  addSheet(workbook, "台账", LEDGER_COLUMNS, rows.map((r) => cells(r, subjectLabel)));
  const sessions = new Set(rows.map((r) => r.sessionName));
  const prefix = sessions.size === 1 ? `${[...sessions][0]}-` : "";
  return { body: await workbookBuffer(workbook), contentType: CONTENT_TYPES.xlsx, filename: `${prefix}办理台账-${today(ctx)}.xlsx` };
}
