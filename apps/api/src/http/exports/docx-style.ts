// The usual layout of Chinese government documents (党政机关公文格式, GB/T 9704), for the report and the
// reply documents: A4 with the standard margins, the title centred in a 小标宋-like 2号 宋体 bold, body
// in 3号 仿宋 with a two-character first-line indent and fixed 28 pt lines, 一、 headings in 黑体,
// （一） sub-headings in 楷体, the issuing body and date right-aligned, page numbers as — 1 —.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
  type IFontAttributesProperties,
} from "docx";

const font = (eastAsia: string, latin: string): IFontAttributesProperties => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin });

export const FONTS = {
  /** 方正小标宋 is not on every machine: 宋体 (SimSun), bold, is the customary stand-in. */
  title: font("宋体", "SimSun"),
  body: font("仿宋", "FangSong"),
  heading: font("黑体", "SimHei"),
  subheading: font("楷体", "KaiTi"),
} as const;

/** Half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
export const SIZES = { title: 44, body: 32, small: 28 } as const;

/** One 3号 character is 16 pt = 320 twips; the first-line indent is two of them. */
const CHAR = 320;
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** A4 text width in twips with 28 mm + 26 mm side margins. */
export const TEXT_WIDTH = 11906 - 1587 - 1474;

const run = (text: string, f: IFontAttributesProperties, size: number = SIZES.body, bold = false): TextRun => new TextRun({ text, font: f, size, bold });

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
    children: [run(text, FONTS.title, SIZES.title, true)],
  });
}

/** A body paragraph with the two-character first-line indent. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.BOTH, children: [run(text, FONTS.body)] });
}

/** Flush left, no indent: the addressee line (主送机关). */
export function flushParagraph(text: string, f: IFontAttributesProperties = FONTS.body): Paragraph {
  return new Paragraph({ spacing: LINE, children: [run(text, f)] });
}

/** 一、办理情况 */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: 2 * CHAR }, children: [run(text, FONTS.heading)] });
}

/** （一）强化领导，明确责任 */
export function subheadingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: 2 * CHAR }, children: [run(text, FONTS.subheading, SIZES.body, true)] });
}

/** The issuing body and the date, right-aligned four characters in from the margin; `keepNext` keeps the body with its date. */
export function rightParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, keepNext, children: [run(text, FONTS.body)] });
}

/** Left text and right text on one line (a right tab stop at the margin). */
export function splitLine(left: string, right: string, leftFont: IFontAttributesProperties = FONTS.heading): Paragraph {
  return new Paragraph({
    spacing: LINE,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [run(left, leftFont), run(`\t${right}`, FONTS.body)],
  });
}

export const blankLine = (): Paragraph => new Paragraph({ spacing: LINE, children: [] });

const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONTS.body, size: SIZES.small })] }),
    ],
  });

/** A document of one A4 section with the standard margins and page numbers. */
export function governmentDocument(meta: { title: string; creator: string }, children: FileChild[]): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZES.body } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

export function docxBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
