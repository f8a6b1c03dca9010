// 一、办理情况: the part of the report drafted from the data, in the seed report's order — how many
// items, their subject areas, reply and satisfaction rates; how many were solved; the key items and
// what was done; timeliness; the units that did best. Every number goes through the FigureBook.
import type { LocalDate, RuleSet } from "@jyta/domain";
import type { Figures, UnitFigures } from "../figures/figures.types";
import type { KeyItem } from "./report-data.service";
import type { FigureBook } from "./report-figures";
import { summariseReply } from "./reply-summary";
import { quoted } from "./report-text";

export interface HandlingInput {
  year: number;
  /** 滨江区政协五届四次会议 */
  assembly: string;
  kind: string;
  member: string;
  asOf: LocalDate;
  figures: Figures;
  keyFigures: Figures;
  keyItems: readonly KeyItem[];
  unitNames: ReadonlyMap<string, string>;
  excellentUnits: readonly string[];
  rules: RuleSet;
}

/** How many subject areas the opening sentence names (the largest), before 等领域. */
export const SUBJECT_AREAS_SHOWN = 5;
/** How many units the ranking sentence names. */
export const RANKED_UNITS_SHOWN = 5;

function overview(book: FigureBook, x: HandlingInput): string {
  const f = x.figures;
  const handled = book.count("handled", "handled", "需办理件数", f.handled);
  if (f.handled === 0) return `截至目前，${x.assembly}期间${x.member}提出的需办理${x.kind}为 ${handled}，各项办理数据将随办理进展生成。`;
  const areas = [...f.bySubjectArea]
    .filter((a) => a.subjectArea !== null && a.handled > 0)
    .sort((a, b) => b.handled - a.handled)
    .slice(0, SUBJECT_AREAS_SHOWN)
    .map((a) => {
      const label = a.label ?? a.subjectArea ?? "";
      return `${label}（${book.count(`subjectArea.${a.subjectArea}`, "handled", `${label}需办理件数`, a.handled, { scope: `主题：${label}` })}）`;
    });
  const fields = areas.length ? `${areas.join("、")}等领域` : "多个领域";
  let text =
    `${x.year} 年，区政府共收到${x.assembly}期间${x.member}提出的需办理${x.kind} ${handled}，内容主要涉及${fields}。` +
    `区各承办单位高度重视，主动谋划，积极推动${x.kind}事项办理落实。`;
  text += `截至目前，${handled}${x.kind}办复率 ${book.rate("replyRate", "replyRate", "办复率", f.reply)}`;
  if (f.rated === 0) return `${text}，${x.member}评价意见尚在征询中。`;
  text += `，经${x.member}反馈，满意率为 ${book.rate("satisfactionRate", "satisfactionRate", "满意率", f.satisfaction)}`;
  const parts: string[] = [];
  if (f.dissatisfied > 0 || f.basicallySatisfied > 0) {
    const c = (key: string, label: string, n: number): string =>
      book.count(key, null, label, n, { formula: `有评价的件中（最后一轮）评价为${label}的件数` });
    const ratings = [
      ["satisfied", "满意", f.satisfied],
      ["basicallySatisfied", "基本满意", f.basicallySatisfied],
      ["dissatisfied", "不满意", f.dissatisfied],
    ] as const;
    parts.push(`其中${ratings.filter(([, , n]) => n > 0).map(([key, label, n]) => `${label} ${c(key, label, n)}`).join("、")}`);
  }
  if (f.noFeedback > 0) parts.push(`另有 ${book.count("noFeedback", "noFeedback", "未反馈件数", f.noFeedback)}未反馈，不计入满意率`);
  return `${text}${parts.length ? `（${parts.join("；")}）` : ""}。`;
}

function outcomes(book: FigureBook, x: HandlingInput): string {
  const f = x.figures;
  if (f.replied === 0) return `目前各承办单位正在抓紧办理，尚无已答复的${x.kind}。`;
  const solvedAll = f.solved.numerator === f.replied && f.replied === f.handled;
  const solvedLabel = x.rules.categories.find((c) => c.solved)?.zh ?? "已解决或基本解决";
  let text: string;
  if (solvedAll) {
    const solvedRate = book.rate("solvedRate", "solvedRate", "解决率", f.solved);
    text = `目前，${book.printed("handled")}${x.kind}均为${solvedLabel.replace(/^已/, "已经")}，占总件数的 ${solvedRate}。`;
  } else {
    const total = f.byCategory.reduce((sum, c) => sum + c.count, 0);
    const list = f.byCategory.map((c) => {
      const label = c.label ?? c.category;
      const count = book.count(`category.${c.category}`, "categoryBreakdown", `${c.category} 类（${label}）`, c.count, { scope: `答复类别：${c.category}` });
      const share = book.rate(`category.${c.category}.share`, "categoryBreakdown", `${c.category} 类占比`, { numerator: c.count, denominator: total, rate: c.share });
      return `${label}（${c.category} 类）的 ${count}，占 ${share}`;
    });
    const replied = book.count("replied", "replyRate", "已答复件数", f.replied, { formula: "答复均已发出的需办理件（已答复或已办结）" });
    text = `目前，已答复的 ${replied}${x.kind}中，${list.join("；")}；解决率为 ${book.rate("solvedRate", "solvedRate", "解决率", f.solved)}。`;
  }
  return (
    text +
    `${x.kind}大都围绕全区重点工作，贴近基层实际，聚焦群众关切，具有较强的针对性和可行性。各承办单位将${x.kind}办理过程转化为解民情、办实事、抓落实的过程，` +
    `${x.member}所提问题能够解决的，都创造条件尽最大努力尽快解决；所提建议能够采纳的，都积极吸纳到具体工作举措中。`
  );
}

function keyItemText(item: KeyItem, x: HandlingInput, first: boolean): string {
  const who = `${item.proposers[0] ?? ""}${item.proposers.length > 1 ? "等" : ""}${x.member}`;
  const leader = item.supervisingLeader ? `（${item.supervisingLeader}领办）` : "";
  const numberOne = item.isNumberOne ? `“一号${x.kind}”` : "";
  let text = `${first ? "如：" : ""}对于${who}提出的${numberOne}${quoted(item.title)}${leader}，`;
  if (item.replies.length === 0) text += "承办单位正在抓紧办理。";
  else if (item.replies.length === 1) text += `${item.replies[0]!.unit}结合${x.member}建议认真办理：${summariseReply(item.replies[0]!.content)}`;
  else text += `各承办单位分别办理。${item.replies.map((r) => `${r.unit}：${summariseReply(r.content, 100)}`).join("")}`;
  if (item.notes.length) text += `跟踪办理情况：${item.notes.map((n) => n.replace(/[。；\s]+$/, "")).join("；")}。`;
  if (item.followUpOutcome) text += `办理成果：${item.followUpOutcome.replace(/[。\s]+$/, "")}。`;
  return text;
}

function keyItems(book: FigureBook, x: HandlingInput): string[] {
  const k = x.keyFigures;
  if (k.handled === 0) return [];
  const count = book.count("keyItems", "handled", `重点${x.kind}件数`, k.handled, { scope: `重点${x.kind}` });
  const reply = book.rate("keyItems.replyRate", "replyRate", `重点${x.kind}办复率`, k.reply, { scope: `重点${x.kind}` });
  const intro = `本次会议确定重点${x.kind} ${count}，由区领导领衔督办，办复率 ${reply}。`;
  return [intro, ...x.keyItems.map((item, i) => keyItemText(item, x, i === 0))];
}

function timeliness(book: FigureBook, x: HandlingInput): string | null {
  const f = x.figures;
  if (f.onTime.denominator === 0) return null;
  const due = book.count("onTime.due", "onTimeReplyRate", "应答复交办件次", f.onTime.denominator, { unit: "件次", formula: "已答复或已超期的答复类交办" });
  const met = book.count("onTime.met", "onTimeReplyRate", "按期答复交办件次", f.onTime.numerator, { unit: "件次" });
  let text = `从办理时效看，各承办单位应答复的 ${due}中，按期答复 ${met}，按时办复率 ${book.rate("onTimeReplyRate", "onTimeReplyRate", "按时办复率", f.onTime)}`;
  if (f.communication.denominator > 0) text += `；答复前与${x.member}沟通的占 ${book.rate("communicationRate", "communicationRate", "沟通率", f.communication)}`;
  if (f.daysToReply.count > 0) text += `，答复用时中位数为 ${book.medianDays("daysToReply", "daysToReply", "答复用时（中位数）", f.daysToReply)}`;
  text += "。";
  if (f.overdue > 0) text += `目前仍有 ${book.count("overdue", "overdue", "已超期职责", f.overdue, { unit: "项" })}办理职责已超过期限，已逐一督办。`;
  return text;
}

/** Units with enough replying assignments, best on-time rate first, then satisfaction, then volume. */
export function rankUnits(units: readonly UnitFigures[], minSample: number): UnitFigures[] {
  return units
    .filter((u) => u.replying >= minSample)
    .sort((a, b) => b.onTimeReplyRate - a.onTimeReplyRate || b.satisfactionRate - a.satisfactionRate || b.replied - a.replied);
}

function ranking(book: FigureBook, x: HandlingInput): string | null {
  const ranked = rankUnits(x.figures.byUnit, x.rules.minAssessmentSample).slice(0, RANKED_UNITS_SHOWN);
  const parts: string[] = [];
  if (ranked.length) {
    const named = ranked.map((u) => {
      const name = x.unitNames.get(u.unitId) ?? "承办单位";
      const scope = `承办单位：${name}`;
      const onTime = book.rate(`unit.${u.unitId}.onTimeReplyRate`, "onTimeReplyRate", `${name}按时办复率`, u.onTime, { scope });
      const sat = book.rate(`unit.${u.unitId}.satisfactionRate`, "satisfactionRate", `${name}满意率`, u.satisfaction, {
        scope,
        formula: "本单位答复获第一提案人评价为满意或基本满意的交办 ÷ 本单位有评价的答复类交办",
      });
      return `${name}（按时办复率 ${onTime}，满意率 ${sat}）`;
    });
    parts.push(`按按时办复率、满意率综合排序（达到考评最低样本量的承办单位参与排序），办理成效居前的承办单位依次为：${named.join("、")}。`);
  }
  if (x.excellentUnits.length) parts.push(`在 ${x.year} 年度承办单位办理工作量化考评中，${x.excellentUnits.join("、")}被评为优秀。`);
  return parts.length ? parts.join("") : null;
}

/** The paragraphs of 一、办理情况. */
export function handlingParagraphs(book: FigureBook, x: HandlingInput): string[] {
  const out = [overview(book, x)];
  if (x.figures.handled === 0) return out;
  out.push(outcomes(book, x), ...keyItems(book, x));
  for (const p of [timeliness(book, x), ranking(book, x)]) if (p) out.push(p);
  return out;
}
