// The year's assessment facts (DOMAIN.md §6): one row per live (not voided) assignment of the handled
// items of the year's sessions, with boolean flags. The per-unit counts (GROUP BY unit: one statement
// for every unit) and the drill-down lists read the same flag, so a list's length is its number.
//
// Agreement with `figures`: the on-time, satisfaction, communication and co-opinion flags are the
// figures' own formulas (ASSIGNMENT_FLAGS of figure-columns.ts, applied to `g`), over columns built
// here with the same meaning as figure-facts.sql.ts's `asg` (see the test that compares them). The
// rows are built set-based rather than through factsCte: its per-assignment rating subquery and its
// item-level outcome and rating CTEs, which the assessment does not need, cost seconds on a year of
// the benchmark data, and the assessment must answer in < 0.5 s.
//
// Decisions where DOMAIN.md §6 is silent, in one place:
// - Solved: each replying assignment's latest sent reply (round 2 supersedes round 1), valued by the
//   scheme's categoryValues; the numerator list holds those with a value > 0.
// - Reply quality: the office's rating of the unit's SENT replies (the score in force when sent).
// - Rework: reply.rework_count summed over the unit's replies, every round and state.
// - Late: measured on the first reply against the due date in force for it (as the on-time figure):
//   sent more than thresholdDays after it, or still unsent more than thresholdDays after it today.
// - Bonus: a key item the unit answered as SOLE or LEAD, CLOSED, whose latest reply's category counts
//   as solved in the item kind's rule set (A by default).
import { CHINA_UTC_OFFSET_MINUTES, type AssessmentScheme, type LocalDate, type RuleSet } from "@jyta/domain";
import { ASSIGNMENT_FLAGS, flagColumns } from "../figures/figure-columns";
import type { SqlParams } from "../figures/sql-params";

export interface AssessmentFactsInput {
  year: number;
  today: LocalDate;
  rules: readonly RuleSet[];
  scheme: AssessmentScheme;
  /** Only these units' assignments (drill-down); null = every unit. */
  unitIds: readonly string[] | null;
}

/** The figures' flags the assessment counts, verbatim (they read g.replying_role, g.first_due_on, …). */
const FIGURE_FLAGS = {
  on_time: ASSIGNMENT_FLAGS.on_time,
  on_time_due: ASSIGNMENT_FLAGS.on_time_due,
  satisfied: ASSIGNMENT_FLAGS.satisfied,
  rated: ASSIGNMENT_FLAGS.rated,
  communicated: ASSIGNMENT_FLAGS.communicated,
  replied: ASSIGNMENT_FLAGS.replied,
  co_on_time: ASSIGNMENT_FLAGS.co_on_time,
  co_due: ASSIGNMENT_FLAGS.co_due,
} as const;

/** The assessment's own flags over `g`. */
const OWN_FLAGS = {
  replying: "g.replying_role",
  co: "g.co_role",
  categorized: "g.replying_role AND g.last_category IS NOT NULL",
  category_scored: "g.replying_role AND g.last_category IS NOT NULL AND g.category_value > 0",
  quality_rated: "g.replying_role AND g.quality_count > 0",
  reworked: "g.replying_role AND g.rework_count > 0",
  late: "g.replying_role AND COALESCE(g.first_sent_on, g.today) - g.first_due_on > g.late_threshold",
  key_led_solved: "g.role IN ('SOLE', 'LEAD') AND g.is_key AND g.item_status = 'CLOSED' AND g.category_solved",
} as const;

export const ASSESSMENT_FLAGS = { ...OWN_FLAGS, ...FIGURE_FLAGS } as const;
export type AssessmentFlag = keyof typeof ASSESSMENT_FLAGS;
export const ASSESSMENT_FLAG_NAMES = Object.keys(ASSESSMENT_FLAGS) as AssessmentFlag[];

/** The civil date (China, UTC+8) of a timestamptz, as figure-facts.sql.ts and the domain compute it. */
const civil = (expr: string): string => `((${expr} AT TIME ZONE 'UTC') + interval '${CHINA_UTC_OFFSET_MINUTES} minutes')::date`;

/** Least favourable rating first (as the figures). */
const SEVERITY = "CASE f.result WHEN 'DISSATISFIED' THEN 0 WHEN 'BASICALLY_SATISFIED' THEN 1 ELSE 2 END";

/** The LATE deduction's threshold (validateScheme allows one rule per cause). */
export function lateThreshold(scheme: AssessmentScheme): number {
  return scheme.deductions.find((d) => d.cause === "LATE")?.thresholdDays ?? 30;
}

/** The CATEGORY_MEAN indicator's values (validateScheme requires them on such an indicator). */
function categoryValues(scheme: AssessmentScheme): Array<[string, number]> {
  const solved = scheme.indicators.find((i) => i.computation === "CATEGORY_MEAN");
  return Object.entries(solved?.categoryValues ?? {});
}

/** `WITH …` ending in `asmt_facts` (one row per live assignment of the year, flags as booleans). */
export function assessmentFactsCte(input: AssessmentFactsInput, params: SqlParams): string {
  // Rule data as array parameters compared inline (no joins with unnest() rows, whose row estimates
  // would mislead the planner).
  const beforeMerge = input.rules.filter((r) => r.handledBasis === "BEFORE_MERGE").map((r) => r.kind);
  const solved = input.rules.flatMap((r) => r.categories.filter((c) => c.solved).map((c) => `${r.kind}/${c.code}`));
  const values = categoryValues(input.scheme);
  const units = input.unitIds ? params.add(input.unitIds) : null;
  return `WITH
year_items AS (
  -- the handled items of the year's sessions (figures: "handled"); merged items carry no assignments
  SELECT p.id, p.kind, p.status, p.round, p.is_key, p.number, p.title
    FROM proposal p
    JOIN assembly_session s ON s.id = p.session_id
   WHERE s.year = ${params.add(input.year)}::int
     AND (p.status IN ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED') OR (p.status = 'MERGED' AND p.kind = ANY(${params.add(beforeMerge)}::text[])))
),
year_asg AS (
  SELECT a.id, a.proposal_id, a.unit_id, a.role, a.reply_due_on, a.original_reply_due_on, a.co_opinion_due_on, a.co_opinion_sent_at,
         i.kind, i.status AS item_status, i.round AS item_round, i.is_key, i.number, i.title
    FROM year_items i JOIN assignment a ON a.proposal_id = i.id
   WHERE a.proposal_id = ANY (ARRAY(SELECT id FROM year_items)) -- probes the proposal_id index, no full scan
     AND a.voided_at IS NULL${units ? ` AND a.unit_id = ANY(${units}::uuid[])` : ""}
),
first_proposer AS (
  SELECT DISTINCT ON (pp.proposal_id) pp.proposal_id, pp.member_id
    FROM proposal_proposer pp
   WHERE pp.proposal_id IN (SELECT id FROM year_items)
   ORDER BY pp.proposal_id, pp.position
),
asg_replies AS (
  SELECT r.assignment_id,
         min(r.sent_at) FILTER (WHERE r.round = 1 AND r.status = 'SENT') AS first_sent_at,
         (array_agg(r.category ORDER BY r.round DESC) FILTER (WHERE r.status = 'SENT'))[1] AS last_category,
         COALESCE(array_agg(r.quality_score ORDER BY r.round) FILTER (WHERE r.status = 'SENT' AND r.quality_score IS NOT NULL), '{}') AS quality_scores,
         COALESCE(sum(r.quality_score) FILTER (WHERE r.status = 'SENT'), 0) AS quality_sum,
         count(r.quality_score) FILTER (WHERE r.status = 'SENT') AS quality_count,
         sum(r.rework_count) AS rework_count
    FROM reply r
   WHERE r.assignment_id IN (SELECT id FROM year_asg)
   GROUP BY r.assignment_id
),
asg_extended AS (
  -- round 2 only: the first reply's due date is rebuilt from the extensions approved before it was sent
  SELECT x.assignment_id, max(x.requested_until) AS until
    FROM extension_request x JOIN asg_replies ar ON ar.assignment_id = x.assignment_id
   WHERE x.approved AND x.decided_at <= ar.first_sent_at
   GROUP BY x.assignment_id
),
asg_rating AS (
  -- the first proposer's result on this assignment's replies: latest round, least favourable
  SELECT DISTINCT ON (r.assignment_id) r.assignment_id, f.result
    FROM reply r
    JOIN feedback f ON f.reply_id = r.id
    JOIN first_proposer fp ON fp.proposal_id = r.proposal_id AND fp.member_id = f.member_id
   WHERE r.assignment_id IN (SELECT id FROM year_asg)
   ORDER BY r.assignment_id, f.round DESC, ${SEVERITY}
),
g AS (
  SELECT a.id, a.proposal_id, a.unit_id, a.role, a.number, a.title, a.item_status, a.kind, a.is_key, a.co_opinion_due_on,
         ${params.add(input.today)}::date AS today,
         a.role <> 'CO' AS replying_role,
         a.role = 'CO' AS co_role,
         ${civil("a.co_opinion_sent_at")} AS co_sent_on,
         ${civil("ar.first_sent_at")} AS first_sent_on,
         -- the due date in force for the first reply (figure-facts.sql.ts: round 2 rebuilds it)
         CASE WHEN a.item_round >= 2 THEN COALESCE(ax.until, a.original_reply_due_on) ELSE a.reply_due_on END AS first_due_on,
         -- an index probe per replied assignment beats hashing every communication of every year
         EXISTS (SELECT 1 FROM communication c WHERE c.assignment_id = a.id AND c.occurred_on <= ${civil("ar.first_sent_at")}) AS communicated_before,
         rt.result AS rating,
         ar.last_category, COALESCE(ar.quality_scores, '{}') AS quality_scores,
         COALESCE(ar.quality_sum, 0) AS quality_sum, COALESCE(ar.quality_count, 0) AS quality_count,
         COALESCE(ar.rework_count, 0) AS rework_count,
         COALESCE((${params.add(JSON.stringify(Object.fromEntries(values)))}::jsonb ->> ar.last_category)::float8, 0) AS category_value,
         COALESCE(a.kind || '/' || ar.last_category = ANY(${params.add(solved)}::text[]), FALSE) AS category_solved,
         ${params.add(lateThreshold(input.scheme))}::int AS late_threshold
    FROM year_asg a
    LEFT JOIN asg_replies ar ON ar.assignment_id = a.id
    LEFT JOIN asg_rating rt ON rt.assignment_id = a.id
    LEFT JOIN asg_extended ax ON ax.assignment_id = a.id
),
asmt_facts AS (
  SELECT g.id, g.proposal_id, g.unit_id, g.role, g.number, g.title, g.item_status AS status, g.kind,
         -- shown per row: the first reply's due and sent dates, or a CO row's opinion dates
         CASE WHEN g.co_role THEN g.co_opinion_due_on ELSE g.first_due_on END AS due_on,
         CASE WHEN g.co_role THEN g.co_sent_on ELSE g.first_sent_on END AS sent_on,
         COALESCE(CASE WHEN g.co_role THEN g.co_sent_on ELSE g.first_sent_on END, g.today)
           - CASE WHEN g.co_role THEN g.co_opinion_due_on ELSE g.first_due_on END AS days_late,
         g.last_category, g.quality_scores, g.quality_sum, g.quality_count, g.rework_count, g.rating,
         ${flagColumns(ASSESSMENT_FLAGS)}
    FROM g
)`;
}

/** The fact CTEs plus `unit_counts`: every unit's raw counts for scoreUnits (GROUP BY unit). */
function unitCountsCte(input: AssessmentFactsInput, params: SqlParams): string {
  const counts = ASSESSMENT_FLAG_NAMES.map((flag) => `count(*) FILTER (WHERE f.${flag}) AS ${flag}`).join(", ");
  return `${assessmentFactsCte(input, params)},
per_unit AS (
  SELECT f.unit_id, ${counts},
         COALESCE(sum(f.quality_sum) FILTER (WHERE f.replying), 0) AS quality_sum,
         COALESCE(sum(f.quality_count) FILTER (WHERE f.replying), 0) AS quality_count,
         COALESCE(sum(f.rework_count) FILTER (WHERE f.replying), 0) AS rework_count
    FROM asmt_facts f GROUP BY f.unit_id
),
per_category AS (
  SELECT t.unit_id, json_object_agg(t.last_category, t.n) AS categories
    FROM (SELECT f.unit_id, f.last_category, count(*) AS n FROM asmt_facts f WHERE f.categorized GROUP BY f.unit_id, f.last_category) t
   GROUP BY t.unit_id
),
unit_counts AS (
  SELECT pu.*, COALESCE(pc.categories, '{}'::json) AS categories, u.sort_order, u.name
    FROM per_unit pu
    JOIN unit u ON u.id = pu.unit_id
    LEFT JOIN per_category pc ON pc.unit_id = pu.unit_id
)`;
}

const UNIT_ORDER = "c.sort_order, c.name, c.unit_id";
const FACT_ORDER = "f.unit_id, f.number NULLS LAST, f.kind, f.title, f.id";

/** One statement: every unit's counts, in the units' list order (which also breaks ties in rank). */
export function unitCountsSql(input: AssessmentFactsInput, params: SqlParams): string {
  return `${unitCountsCte(input, params)}
SELECT c.* FROM unit_counts c ORDER BY ${UNIT_ORDER}`;
}

/**
 * One statement for publishing: the counts and the fact rows behind them as two JSON arrays, from one
 * snapshot of the data, so the frozen drill-down lists agree with the frozen numbers.
 */
export function countsAndFactsSql(input: AssessmentFactsInput, params: SqlParams): string {
  return `${unitCountsCte(input, params)}
SELECT (SELECT COALESCE(json_agg(c ORDER BY ${UNIT_ORDER}), '[]'::json) FROM unit_counts c) AS counts,
       (SELECT COALESCE(json_agg(f ORDER BY ${FACT_ORDER}), '[]'::json) FROM asmt_facts f) AS facts`;
}

/** One statement: the fact rows of the drill-down. */
export function factRowsSql(input: AssessmentFactsInput, params: SqlParams): string {
  return `${assessmentFactsCte(input, params)}
SELECT f.* FROM asmt_facts f ORDER BY ${FACT_ORDER}`;
}
