// The drafted annual report (通报) as a Word document in the usual government layout, with an annex
// (附件) listing every figure's scope and formula so the printed numbers can be checked.
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from "docx";
import { isSubheading, zhDate } from "../../modules/report/report-text";
import type { AnnualReport } from "../../modules/report/report.types";
import {
  blankLine,
  bodyParagraph,
  docxBuffer,
  flushParagraph,
  FONTS,
  governmentDocument,
  headingParagraph,
  rightParagraph,
  SIZES,
  subheadingParagraph,
  TEXT_WIDTH,
  titleParagraph,
} from "./docx-style";

/** 指标, 数值, 口径, 计算方法: shares of the text width. */
const COLUMN_SHARES = [0.2, 0.1, 0.3, 0.4] as const;
const COLUMN_WIDTHS = COLUMN_SHARES.map((share) => Math.round(share * TEXT_WIDTH));

function cell(text: string, column: number, bold = false): TableCell {
  return new TableCell({
    width: { size: COLUMN_WIDTHS[column] ?? 0, type: WidthType.DXA },
    children: [new Paragraph({ children: [new TextRun({ text, font: bold ? FONTS.heading : FONTS.body, size: 21, bold })] })],
  });
}

function figuresAnnex(report: AnnualReport): FileChild[] {
  const header = new TableRow({ tableHeader: true, children: ["指标", "数值", "口径", "计算方法"].map((h, i) => cell(h, i, true)) });
  const rows = report.figures.map((f) => new TableRow({ children: [f.label, f.formatted, f.scope, f.formula].map((text, i) => cell(text, i)) }));
  return [
    new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: "附件", font: FONTS.heading, size: SIZES.body })] }),
    titleParagraph("数据口径说明"),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_WIDTHS, rows: [header, ...rows] }),
    bodyParagraph(`以上数据于 ${report.generatedAt.toISOString()} 按所列口径从办理系统重新计算生成。`),
  ];
}

export function reportDocument(report: AnnualReport): Promise<Buffer> {
  const children: FileChild[] = [titleParagraph(report.title), flushParagraph(`${report.addressee}：`)];
  for (const section of report.sections) {
    if (section.heading) children.push(headingParagraph(section.heading));
    for (const p of section.paragraphs) children.push(section.editable && isSubheading(p) ? subheadingParagraph(p) : bodyParagraph(p));
  }
  children.push(blankLine(), blankLine(), rightParagraph(report.issuer, true), rightParagraph(zhDate(report.issuedOn)), ...figuresAnnex(report));
  return docxBuffer(governmentDocument({ title: report.title, creator: report.issuer }, children));
}
