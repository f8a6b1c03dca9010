// The drafted report as Markdown (AnnualReport.markdown and GET /export/report.md): the document in
// reading order, then an appendix listing every figure with its scope and formula (DOMAIN.md §7:
// every figure states the query it came from). Text from staff and items is escaped, never markup.
import type { Draft } from "./report-draft";
import { isSubheading, zhDate } from "./report-text";

/** Escapes Markdown (and HTML) specials so titles and staff text print as written. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/([\\`*_[\]<>|~])/g, "\\$1");
  // Block markers at the start of a line: headings, quotes, lists, ordered lists.
  return inline.replace(/^(\s*)([#+-]|\d+\.)/, "$1\\$2");
}

const cell = (text: string): string => escapeMarkdown(text).replace(/\r?\n/g, " ");

export function reportMarkdown(draft: Draft, generatedAt: Date): string {
  const lines: string[] = [`# ${escapeMarkdown(draft.title)}`, "", `${escapeMarkdown(draft.addressee)}：`, ""];
  for (const section of draft.sections) {
    if (section.heading) lines.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const p of section.paragraphs) {
      lines.push(section.editable && isSubheading(p) ? `### ${escapeMarkdown(p)}` : escapeMarkdown(p), "");
    }
  }
  lines.push(escapeMarkdown(draft.issuer), "", zhDate(draft.issuedOn), "", "---", "", "## 附：数据口径", "");
  lines.push("| 指标 | 数值 | 口径 | 计算方法 |", "| --- | --- | --- | --- |");
  for (const f of draft.figures) lines.push(`| ${cell(f.label)} | ${cell(f.formatted)} | ${cell(f.scope)} | ${cell(f.formula)} |`);
  lines.push("", `数据生成时间：${generatedAt.toISOString()}。各项数据在每次生成时按上述口径重新计算。`, "");
  return lines.join("\n");
}
