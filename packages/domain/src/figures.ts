// The named figures of DOMAIN.md §4: one definition each, shared by dashboards, reports and the
// assessment so that 办复率 means the same thing everywhere, plus the arithmetic helpers they use.
// The API counts numerators and denominators (with the item lists behind them for drill-down).
import type { LocalizedText } from "./localized-text";

export const FigureKey = {
  HANDLED: "handled",
  REPLY_RATE: "replyRate",
  ON_TIME_REPLY_RATE: "onTimeReplyRate",
  SATISFACTION_RATE: "satisfactionRate",
  SOLVED_RATE: "solvedRate",
  CATEGORY_BREAKDOWN: "categoryBreakdown",
  COMMUNICATION_RATE: "communicationRate",
  CO_OPINION_ON_TIME_RATE: "coOpinionOnTimeRate",
  RETURN_RATE: "returnRate",
  REWORK_RATE: "reworkRate",
  EXTENSION_RATE: "extensionRate",
  DAYS_TO_RECEIPT: "daysToReceipt",
  DAYS_TO_REPLY: "daysToReply",
  NO_FEEDBACK: "noFeedback",
  DUE_SOON: "dueSoon",
  OVERDUE: "overdue",
} as const;
export type FigureKey = (typeof FigureKey)[keyof typeof FigureKey];

export interface FigureDefinition extends LocalizedText {
  readonly key: FigureKey;
  /** COUNT: a number of items; RATE: numerator ÷ denominator; DAYS: median and p90 of durations. */
  readonly measure: "COUNT" | "RATE" | "DAYS";
  readonly numerator: LocalizedText;
  /** Null for counts and durations. */
  readonly denominator: LocalizedText | null;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

export const FIGURES: readonly FigureDefinition[] = [
  { key: "handled", zh: "需办理件数", en: "Handled items", measure: "COUNT",
    numerator: t("已立案且未被并入他案的件数（口径可配置为并案前）", "Registered items not merged away (basis configurable: before merging)"), denominator: null },
  { key: "replyRate", zh: "办复率", en: "Reply rate", measure: "RATE",
    numerator: t("答复均已发出的需办理件（已答复或已办结）", "Handled items whose replies are all sent (REPLIED or CLOSED)"),
    denominator: t("需办理件数", "Handled items") },
  { key: "onTimeReplyRate", zh: "按时办复率", en: "On-time reply rate", measure: "RATE",
    numerator: t("首次答复在有效期限内发出的答复类交办", "Replying assignments whose first reply was sent by the due date in force"),
    denominator: t("已答复或已超期的答复类交办", "Replying assignments that are replied or past due") },
  { key: "satisfactionRate", zh: "满意率", en: "Satisfaction rate", measure: "RATE",
    numerator: t("（最后一轮）评价为满意或基本满意的件数", "Items whose (last round) rating is satisfied or basically satisfied"),
    denominator: t("有评价的件数（未反馈的不计入）", "Items with a rating (no feedback is left out)") },
  { key: "solvedRate", zh: "解决率", en: "Solved rate", measure: "RATE",
    numerator: t("答复为 A 类的件数（分办件须各单位答复均为 A 类）", "Items replied with category A (a split item only when every unit's reply is)"),
    denominator: t("已答复件数", "Replied items") },
  { key: "categoryBreakdown", zh: "答复分类", en: "Category breakdown", measure: "RATE",
    numerator: t("各类别答复件数", "Replied items per category"), denominator: t("已答复件数", "Replied items") },
  { key: "communicationRate", zh: "沟通率", en: "Communication rate", measure: "RATE",
    numerator: t("答复前至少沟通一次的答复类交办", "Replying assignments with at least one communication before the reply"),
    denominator: t("已答复的交办", "Replied assignments") },
  { key: "coOpinionOnTimeRate", zh: "会办及时率", en: "Co-opinion on-time rate", measure: "RATE",
    numerator: t("按期送出的会办意见", "CO opinions sent by their due date"),
    denominator: t("已到期或已送出意见的会办交办", "CO assignments due or done") },
  { key: "returnRate", zh: "退回率", en: "Return rate", measure: "RATE",
    numerator: t("申请退回获批的交办", "Assignments returned"), denominator: t("全部交办", "All assignments") },
  { key: "reworkRate", zh: "退改率", en: "Rework rate", measure: "RATE",
    numerator: t("答复被退回修改过的交办", "Assignments whose reply was sent back for rework"), denominator: t("已提交答复的交办", "Assignments with a submitted reply") },
  { key: "extensionRate", zh: "延期率", en: "Extension rate", measure: "RATE",
    numerator: t("获批延期的交办", "Assignments with an approved extension"), denominator: t("答复类交办", "Replying assignments") },
  { key: "daysToReceipt", zh: "签收用时", en: "Days to receipt", measure: "DAYS",
    numerator: t("交办至签收的日历天数（中位数、90 分位）", "Calendar days from assignment to receipt (median, p90)"), denominator: null },
  { key: "daysToReply", zh: "答复用时", en: "Days to reply", measure: "DAYS",
    numerator: t("交办至首次答复发出的日历天数（中位数、90 分位）", "Calendar days from assignment to first reply sent (median, p90)"), denominator: null },
  { key: "noFeedback", zh: "未反馈件数", en: "No feedback", measure: "COUNT",
    numerator: t("已办结但第一提案人未评价的需办理件（不计入满意率分母）", "Handled items closed without a rating by the first proposer (left out of the satisfaction rate)"),
    denominator: null },
  { key: "dueSoon", zh: "即将到期", en: "Due soon", measure: "COUNT",
    numerator: t("未完成且距期限不超过临期天数的职责（答复，或未送出也未免除的会办意见）", "Open duties (a reply, or a CO opinion neither sent nor waived) due within the due-soon days"),
    denominator: null },
  { key: "overdue", zh: "已超期", en: "Overdue", measure: "COUNT",
    numerator: t("未完成且已过期限的职责（答复，或未送出也未免除的会办意见）", "Open duties (a reply, or a CO opinion neither sent nor waived) past their due date"),
    denominator: null },
];

export function figureDefinition(key: FigureKey): FigureDefinition {
  const found = FIGURES.find((f) => f.key === key);
  if (!found) throw new RangeError(`Unknown figure ${key}`);
  return found;
}

/** numerator ÷ denominator as a fraction 0..1; 0 when the denominator is 0 (API.md). */
export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** "—" when there is nothing to divide by, else a percentage with at most one decimal: "100%", "87.5%". */
export function formatRate(r: number, denominator: number): string {
  if (denominator === 0) return "—";
  // The nudge keeps binary artefacts (0.5005 is stored as 0.50049999…) from rounding a half down.
  const tenths = Math.round(r * 1000 + Number.EPSILON * 1000);
  return `${tenths / 10}%`;
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (Excel PERCENTILE.INC),
 * so percentile(v, 50) is the median; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be within 0..100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const pos = ((sorted.length - 1) * p) / 100;
  const lower = Math.floor(pos);
  const lo = sorted[lower] as number;
  const hi = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return lo + (hi - lo) * (pos - lower);
}

/** The middle value (mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
