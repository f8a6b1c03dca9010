// Every figure of DOMAIN.md §4 as boolean columns of two fact tables (CTEs built in figure-facts.sql.ts):
// `item_facts` (one row per item of the slice) and `asg_facts` (one row per assignment of its handled
// items). A figure's numerator and denominator are named columns, so the counts (figures.service.ts)
// and the drill-down lists (figure-items.service.ts) read the very same definition and cannot drift.
import type { FigureKey } from "@jyta/domain";

/**
 * Flags over `items i` (figure-facts.sql.ts). `result` is the item's rating: its first proposer's
 * result (结果) in the latest round they rated, the least favourable when they rated several replies.
 * `eff_status` is the item's own status, or its primary's for a merged item (BEFORE_MERGE basis).
 */
export const ITEM_FLAGS = {
  handled: "i.handled",
  replied: "i.handled AND i.eff_status IN ('REPLIED', 'CLOSED')",
  rated: "i.handled AND i.result IS NOT NULL",
  satisfied: "i.handled AND i.result = 'SATISFIED'",
  basically_satisfied: "i.handled AND i.result = 'BASICALLY_SATISFIED'",
  dissatisfied: "i.handled AND i.result = 'DISSATISFIED'",
  satisfied_or_basic: "i.handled AND i.result IN ('SATISFIED', 'BASICALLY_SATISFIED')",
  // Closed without a rating: shown, and kept out of the satisfaction denominator.
  no_feedback: "i.handled AND i.eff_status = 'CLOSED' AND i.result IS NULL",
  solved: "i.handled AND i.eff_status IN ('REPLIED', 'CLOSED') AND i.solved",
  categorized: "i.handled AND i.eff_status IN ('REPLIED', 'CLOSED') AND i.category IS NOT NULL",
} as const;
export type ItemFlag = keyof typeof ITEM_FLAGS;

/**
 * Flags over `asg g` (figure-facts.sql.ts). `replying_role` = a live (not voided) SOLE/LEAD/SPLIT
 * assignment; `co_role` = a live CO one. `first_sent_on` is the civil date the round-1 reply was sent;
 * `first_due_on` the due date in force for it (after any approved extension).
 */
export const ASSIGNMENT_FLAGS = {
  any_assignment: "TRUE",
  returned: "g.voided",
  replying: "g.replying_role",
  replied: "g.replying_role AND g.first_sent_on IS NOT NULL",
  on_time_due: "g.replying_role AND (g.first_sent_on IS NOT NULL OR g.first_due_on < g.today)",
  on_time: "g.replying_role AND g.first_sent_on <= g.first_due_on",
  communicated: "g.replying_role AND g.first_sent_on IS NOT NULL AND g.communicated_before",
  co_due: "g.co_role AND (g.co_sent_on IS NOT NULL OR g.co_opinion_due_on < g.today)",
  co_on_time: "g.co_role AND g.co_sent_on <= g.co_opinion_due_on",
  submitted: "g.replying_role AND g.any_submitted",
  reworked: "g.replying_role AND g.any_submitted AND g.any_rework",
  extended: "g.replying_role AND g.any_extension",
  received: "g.received_on IS NOT NULL",
  due_soon: "g.open_duty AND g.due_on >= g.today AND g.due_on <= g.today + g.due_soon_days",
  overdue: "g.open_duty AND g.due_on < g.today",
  rated: "g.replying_role AND g.rating IS NOT NULL",
  satisfied: "g.replying_role AND g.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')",
} as const;
export type AssignmentFlag = keyof typeof ASSIGNMENT_FLAGS;

export type FigureColumns =
  | { level: "item"; numerator: ItemFlag; denominator: ItemFlag | null }
  | { level: "assignment"; numerator: AssignmentFlag; denominator: AssignmentFlag | null };

const item = (numerator: ItemFlag, denominator: ItemFlag | null = null): FigureColumns => ({ level: "item", numerator, denominator });
const asg = (numerator: AssignmentFlag, denominator: AssignmentFlag | null = null): FigureColumns => ({ level: "assignment", numerator, denominator });

/** Numerator and denominator of every figure (the domain's FIGURES give the words for them). */
export const FIGURE_COLUMNS: Readonly<Record<FigureKey, FigureColumns>> = {
  handled: item("handled"),
  replyRate: item("replied", "handled"),
  satisfactionRate: item("satisfied_or_basic", "rated"),
  solvedRate: item("solved", "replied"),
  categoryBreakdown: item("categorized", "replied"),
  noFeedback: item("no_feedback"),
  onTimeReplyRate: asg("on_time", "on_time_due"),
  communicationRate: asg("communicated", "replied"),
  coOpinionOnTimeRate: asg("co_on_time", "co_due"),
  returnRate: asg("returned", "any_assignment"),
  reworkRate: asg("reworked", "submitted"),
  extensionRate: asg("extended", "replying"),
  // Durations: the drill-down lists the assignments measured.
  daysToReceipt: asg("received"),
  daysToReply: asg("replied"),
  dueSoon: asg("due_soon"),
  overdue: asg("overdue"),
};

/** `COALESCE(expr, false) AS name, …` for a fact CTE (NULL comparisons count as false). */
export function flagColumns(flags: Readonly<Record<string, string>>): string {
  return Object.entries(flags)
    .map(([name, expr]) => `COALESCE((${expr}), FALSE) AS ${name}`)
    .join(",\n         ");
}

/** `count(*) FILTER (WHERE alias.flag) AS flag, …` for aggregating a fact CTE. */
export function flagCounts(flags: Readonly<Record<string, string>>, alias: string): string {
  return Object.keys(flags)
    .map((name) => `count(*) FILTER (WHERE ${alias}.${name}) AS ${name}`)
    .join(", ");
}
