// GET /export/replies/{replyId}.docx: one reply's official document (复文) — the category mark top
// left and the document number (文号) top right, the signer (签发人), the title, the first proposer as
// addressee, the text, the unit and date at the end, and the contact person with phone.
import { localDateAt, ReplyStatus } from "@jyta/domain";
import type { Request } from "express";
import type { FileChild } from "docx";
import type { RequestContext } from "../../graphql/context";
import { assemblyName, kindWord, memberWord, paragraphsOf, zhDate } from "../../modules/report/report-text";
import { blankLine, bodyParagraph, docxBuffer, flushParagraph, FONTS, governmentDocument, rightParagraph, splitLine, titleParagraph } from "./docx-style";
import { CONTENT_TYPES, type ExportFile } from "./export-route";
import { loadReplyDocument, type ReplyDocumentData } from "./reply-document.service";

/**
 * The reply's own text without what the document prints itself: a leading salutation (王丽娜委员：)
 * and a closing line that repeats the unit's name.
 */
export function replyBody(d: ReplyDocumentData): string[] {
  const lines = paragraphsOf(d.content);
  if (lines[0] && /[：:]$/.test(lines[0]) && lines[0].length <= 30) lines.shift();
  const last = lines[lines.length - 1];
  if (last && last === d.unitName) lines.pop();
  return lines;
}

export function replyTitle(d: ReplyDocumentData): string {
  const kind = kindWord(d.proposal.kind);
  const assembly = assemblyName(d.body, d.sessionName);
  const round = d.round > 1 ? "（重新办理）" : "";
  return d.proposal.number !== null ? `对${assembly}第 ${d.proposal.number} 号${kind}的答复${round}` : `对《${d.proposal.title}》的答复${round}`;
}

export function replyDocument(d: ReplyDocumentData): Promise<Buffer> {
  const sent = d.status === ReplyStatus.SENT && d.sentAt !== null;
  const children: FileChild[] = [
    splitLine(d.category, d.documentNumber ?? "", FONTS.heading),
    splitLine("", d.signer ? `签发人：${d.signer}` : ""),
    blankLine(),
    titleParagraph(replyTitle(d)),
  ];
  if (!sent) children.push(flushParagraph("（本件为草稿，尚未发出）", FONTS.subheading));
  children.push(flushParagraph(`${d.firstProposer ?? ""}${memberWord(d.body.kind)}：`));
  for (const p of replyBody(d)) children.push(bodyParagraph(p));
  children.push(blankLine(), rightParagraph(d.unitName, true), rightParagraph(sent ? zhDate(localDateAt(d.sentAt!)) : "（未发出）"));
  const contact = [d.contactName ? `联系人：${d.contactName}` : null, d.contactPhone ? `联系电话：${d.contactPhone}` : null].filter(Boolean);
  if (contact.length) children.push(blankLine(), flushParagraph(`（${contact.join("，")}）`));
  return docxBuffer(governmentDocument({ title: replyTitle(d), creator: d.unitName }, children));
}

/** A file name without path or reserved characters. */
const safeName = (name: string): string => name.replace(/[\\/:*?"<>|\r\n]/g, "_");

export async function replyDocx(ctx: RequestContext, req: Request): Promise<ExportFile> {
  const replyId = String(req.params.replyId ?? "");
  const data = await loadReplyDocument(ctx, replyId);
  const name = data.documentNumber ?? `${data.sessionName}第${data.proposal.number ?? ""}号${kindWord(data.proposal.kind)}答复`;
  return { body: await replyDocument(data), contentType: CONTENT_TYPES.docx, filename: safeName(`复文-${name}.docx`) };
}
