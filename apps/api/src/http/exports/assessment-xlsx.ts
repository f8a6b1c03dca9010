// GET /export/assessment.xlsx?year=…: the year's assessment as `assessment(year)` answers it (the
// published snapshot, or computed now), same access (a unit user gets their own unit's line only).
// Sheet 考评结果: one row per unit with every indicator's numerator, denominator and points, the
// deductions, bonuses, adjustments, total, rank and grade. Sheet 计分明细: one row per assignment
// behind a unit's numbers, marking for each line whether it counts in the numerator (分子) and the
// denominator (分母), so filtering a column lists the items behind any number. Sheet 考评方案: the scheme.
import { assignmentRoleLabels, proposalKindLabels, satisfactionLabels, type AssignmentRole, type ProposalKind, type Satisfaction } from "@jyta/domain";
import type { Request } from "express";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { loadAssessmentExport, type AssessmentExportData } from "../../modules/assessment/assessment-export.service";
import type { FactRow, UnitScoreLine } from "../../modules/assessment/assessment-result";
import { sidesOf } from "../../modules/assessment/assessment-sides";
import { CONTENT_TYPES, type ExportFile } from "./export-route";
import { addSheet, civilDateCell, newWorkbook, workbookBuffer, type CellValue, type SheetColumn } from "./spreadsheet";

const DATE = "yyyy-mm-dd";
const POINTS = "0.00";

function yearOf(req: Request): number {
  const { year, ...rest } = req.query;
  const unknown = Object.keys(rest);
  if (unknown.length) throw badInput(`Unknown parameter "${unknown[0]}"`);
  if (typeof year !== "string" || !/^\d{4}$/.test(year)) throw badInput("year is required, e.g. ?year=2024", { year: ["a four-digit year"] });
  return Number(year);
}

function resultSheet(d: AssessmentExportData): { columns: SheetColumn[]; rows: CellValue[][] } {
  const { scheme } = d.view;
  const columns: SheetColumn[] = [
    { header: "排名", width: 6 },
    { header: "承办单位", width: 26 },
    { header: "等级", width: 8 },
    { header: "总分", width: 8, numFmt: POINTS },
    { header: "纳入排名", width: 8 },
    { header: "交办件数", width: 8 },
    ...scheme.indicators.flatMap((i) => [
      { header: `${i.zh}·分子`, width: 10 },
      { header: `${i.zh}·分母`, width: 10 },
      { header: `${i.zh}·得分（满分 ${i.weight}）`, width: 12, numFmt: POINTS },
    ]),
    ...scheme.deductions.flatMap((r) => [{ header: `${r.zh}·次数`, width: 10 }, { header: `${r.zh}·扣分`, width: 10, numFmt: POINTS }]),
    ...scheme.bonuses.flatMap((r) => [{ header: `${r.zh}·件数`, width: 10 }, { header: `${r.zh}·加分`, width: 10, numFmt: POINTS }]),
    { header: "手工调整", width: 10, numFmt: POINTS },
    { header: "调整理由", width: 40 },
  ];
  const rows = d.units.map((u: UnitScoreLine): CellValue[] => [
    u.rank,
    d.unitOf(u.unitId)?.name ?? u.unitId,
    u.grade,
    u.total,
    u.ranked ? "是" : "否（样本不足）",
    u.assignmentCount,
    ...u.indicators.flatMap((i) => [i.numerator, i.denominator, i.points]),
    ...[...u.deductions, ...u.bonuses].flatMap((c) => [c.count, c.points]),
    u.adjustments.reduce((s, a) => s + a.points, 0) || null,
    u.adjustments.map((a) => `${a.reason}（${a.points > 0 ? "+" : ""}${a.points} 分）`).join("；") || null,
  ]);
  return { columns, rows };
}

function detailSheet(d: AssessmentExportData): { columns: SheetColumn[]; rows: CellValue[][] } {
  const { scheme } = d.view;
  const lines = [...scheme.indicators, ...scheme.deductions, ...scheme.bonuses];
  const columns: SheetColumn[] = [
    { header: "承办单位", width: 24 },
    { header: "编号", width: 6 },
    { header: "案由", width: 40 },
    { header: "类型", width: 8 },
    { header: "办理方式", width: 8 },
    { header: "答复（会办意见）期限", width: 12, numFmt: DATE },
    { header: "首次答复（会办意见）日期", width: 12, numFmt: DATE },
    { header: "超期天数", width: 8 },
    { header: "答复类别", width: 8 },
    { header: "质量评分", width: 10 },
    { header: "退改次数", width: 8 },
    { header: "提案人评价", width: 10 },
    { header: "办前沟通", width: 8 },
    ...lines.map((l) => ({ header: l.zh, width: 12 })),
  ];
  const mark = (key: string, r: FactRow): string | null => {
    const { numerator, denominator } = sidesOf(scheme, key, r);
    if (denominator === null) return numerator ? "计入" : null;
    return [numerator ? "分子" : null, denominator ? "分母" : null].filter(Boolean).join("、") || null;
  };
  const rows = d.units.flatMap((u) =>
    d.factsOf(u.unitId).map((r): CellValue[] => [
      d.unitOf(u.unitId)?.name ?? u.unitId,
      r.number,
      r.title,
      proposalKindLabels[r.kind as ProposalKind]?.zh ?? r.kind,
      assignmentRoleLabels[r.role as AssignmentRole]?.zh ?? r.role,
      civilDateCell(r.due_on),
      civilDateCell(r.sent_on),
      r.days_late,
      r.last_category,
      r.quality_scores.length ? r.quality_scores.join("、") : null,
      r.rework_count || null,
      r.rating ? (satisfactionLabels[r.rating as Satisfaction]?.zh ?? r.rating) : null,
      r.replying ? (r.communicated ? "是" : "否") : null,
      ...lines.map((l) => mark(l.key, r)),
    ]),
  );
  return { columns, rows };
}

function schemeSheet(d: AssessmentExportData): { columns: SheetColumn[]; rows: CellValue[][] } {
  const { scheme, published, asOf } = d.view;
  const rows: CellValue[][] = [
    ...scheme.indicators.map((i): CellValue[] => [
      "指标", i.zh, i.weight,
      `${i.computation}${i.categoryValues ? `（${Object.entries(i.categoryValues).map(([c, v]) => `${c}=${v}`).join("，")}）` : ""}；分母为 0 时${i.whenNoDenominator === "FULL" ? "得满分" : "得 0 分"}`,
    ]),
    ...scheme.deductions.map((r): CellValue[] => ["扣分", r.zh, -r.pointsPer, `每次 ${r.pointsPer} 分，最多 ${r.max} 分${r.thresholdDays !== undefined ? `；超期 ${r.thresholdDays} 天以上` : ""}`]),
    ...scheme.bonuses.map((r): CellValue[] => ["加分", r.zh, r.pointsPer, `每件 ${r.pointsPer} 分，最多 ${r.max} 分`]),
    ...scheme.gradeBands.map((g): CellValue[] => ["等级", g.zh, g.min, `总分 ≥ ${g.min}`]),
    ["样本", "最少交办件数", scheme.minSample, "不足者列示但不排名、不定等级"],
    ["状态", published ? "已发布" : "未发布（实时计算）", null, `数据截至 ${asOf}`],
  ];
  return { columns: [{ header: "类别", width: 8 }, { header: "名称", width: 24 }, { header: "分值", width: 8 }, { header: "说明", width: 60 }], rows };
}

export async function assessmentXlsx(ctx: RequestContext, req: Request): Promise<ExportFile> {
  const year = yearOf(req);
  const data = await loadAssessmentExport(ctx, year);
  const workbook = newWorkbook(ctx.now());
  for (const [name, sheet] of [["考评结果", resultSheet(data)], ["计分明细", detailSheet(data)], ["考评方案", schemeSheet(data)]] as const) {
    addSheet(workbook, name, sheet.columns, sheet.rows);
  }
  const state = data.view.published ? "" : "（未发布）";
  return { body: await workbookBuffer(workbook), contentType: CONTENT_TYPES.xlsx, filename: `${year}年度承办单位办理工作量化考评${state}-${data.view.asOf}.xlsx` };
}
