// The one CTE chain every figure is read from: the slice's items and their assignments with one row
// of facts each (flags in figure-columns.ts). A fixed number of CTEs, set-based (no per-item or per-unit
// statements), so the figures cost the same number of statements whatever the data size.
//
// Cost: the slice's rows of each table are read once (index probes by the items' ids: a year is ~10% of
// the benchmark data) and every per-item or per-assignment fact is a join or an aggregate over those
// rows. A correlated subquery that reads a CTE runs once per outer row (a CTE has no index): one over
// the proposers per assignment cost seconds per year, so keep such lookups as joins.
//
// Decisions where DOMAIN.md §4 is silent, in one place:
// - Outcome category of an item: the category of its replying assignments' latest sent replies; a
//   SPLIT item with differing categories takes the least favourable (latest in the rule set's list),
//   so it counts as solved only when every unit's reply is solved (category A by default).
// - Rating of an item: its first proposer's (lowest position) result in the latest round they rated;
//   when they rated several replies (SPLIT), the least favourable. A merged item (BEFORE_MERGE basis)
//   is rated by its own first proposer on the primary's replies, and shares the primary's status and
//   outcome.
// - Due date in force for the first reply: replyDueOn, which an approved extension replaces; once an
//   item is in round 2 (whose due date may replace replyDueOn) the round-1 due date is rebuilt from the
//   original due date and the extensions approved before the first reply was sent.
// - With a unit in the scope: item figures count the items the unit answers (a live SOLE, LEAD or
//   SPLIT assignment), with the outcome and rating of the unit's own reply (DOMAIN.md §6: CO duties
//   count only in co-handling); assignment figures count the unit's own assignments, CO and returned
//   ones included. So a unit's satisfaction in `byUnit` equals `figures(scope: { unitId })`.
import { CHINA_UTC_OFFSET_MINUTES, type LocalDate, type RuleSet } from "@jyta/domain";
import type { ScopeAccess } from "./figure-scope";
import { ASSIGNMENT_FLAGS, ITEM_FLAGS, flagColumns } from "./figure-columns";
import type { SqlParams } from "./sql-params";

export interface FactsInput {
  access: ScopeAccess;
  today: LocalDate;
  /** The rule set of every item kind (handled basis, due-soon days, outcome categories). */
  rules: readonly RuleSet[];
}

/** The civil date (China, UTC+8) of a timestamptz, as the domain's localDateAt computes it. */
const civil = (expr: string): string => `((${expr} AT TIME ZONE 'UTC') + interval '${CHINA_UTC_OFFSET_MINUTES} minutes')::date`;

/** Least favourable rating first. */
const SEVERITY = "CASE f.result WHEN 'DISSATISFIED' THEN 0 WHEN 'BASICALLY_SATISFIED' THEN 1 ELSE 2 END";

function scopeFilters(input: FactsInput, params: SqlParams): string[] {
  const { scope, restriction, empty } = input.access;
  const where = ["p.status <> 'DRAFT'"]; // drafts are private to whoever writes them
  if (empty) where.push("FALSE");
  if (scope.sessionId) where.push(`p.session_id = ${params.add(scope.sessionId)}::uuid`);
  // Body and year select sessions: as a list of session ids, so the items are read through the
  // session_id index rather than by scanning every item of every year.
  const sessions: string[] = [];
  if (scope.bodyId) sessions.push(`ss.body_id = ${params.add(scope.bodyId)}::uuid`);
  if (scope.year !== null) sessions.push(`ss.year = ${params.add(scope.year)}::int`);
  if (sessions.length > 0) where.push(`p.session_id = ANY (ARRAY(SELECT ss.id FROM assembly_session ss WHERE ${sessions.join(" AND ")}))`);
  if (scope.kind) where.push(`p.kind = ${params.add(scope.kind)}`);
  if (scope.keyOnly) where.push("p.is_key");
  if (scope.subjectArea) where.push(`p.category = ${params.add(scope.subjectArea)}`);
  if (restriction) where.push(params.inline(restriction));
  return where;
}

/** `WITH …` ending in the item_facts and asg_facts CTEs (append `, more AS (…)` or a SELECT). */
export function factsCte(input: FactsInput, params: SqlParams): string {
  const { scope } = input.access;
  const rules = input.rules;
  const cats = rules.flatMap((r) => r.categories.map((c, rank) => ({ kind: r.kind, code: c.code, rank, solved: c.solved })));
  const unit = scope.unitId ? params.add(scope.unitId) : null;
  const today = params.add(input.today);
  return `WITH
kind_rules AS (
  SELECT * FROM unnest(${params.add(rules.map((r) => r.kind))}::text[], ${params.add(rules.map((r) => r.dueSoonDays))}::int[],
                       ${params.add(rules.map((r) => r.handledBasis === "BEFORE_MERGE"))}::boolean[]) AS k(kind, due_soon_days, before_merge)
),
cat_rules AS (
  SELECT * FROM unnest(${params.add(cats.map((c) => c.kind))}::text[], ${params.add(cats.map((c) => c.code))}::text[],
                       ${params.add(cats.map((c) => c.rank))}::int[], ${params.add(cats.map((c) => c.solved))}::boolean[]) AS c(kind, code, rank, solved)
),
scoped AS (
  SELECT p.id, p.kind, p.number, p.title, p.status, p.round, p.category AS subject_area,
         CASE WHEN p.status = 'MERGED' THEN p.merged_into_id ELSE p.id END AS eff_id,
         -- the effective item's status and kind (a merged item's primary: index probes for merged items only)
         CASE WHEN p.status = 'MERGED' THEN (SELECT m.status FROM proposal m WHERE m.id = p.merged_into_id) ELSE p.status END AS eff_status,
         CASE WHEN p.status = 'MERGED' THEN (SELECT m.kind FROM proposal m WHERE m.id = p.merged_into_id) ELSE p.kind END AS eff_kind,
         -- the first proposer (lowest position): one index probe per item
         (SELECT pp.member_id FROM proposal_proposer pp WHERE pp.proposal_id = p.id ORDER BY pp.position LIMIT 1) AS first_member_id,
         (p.status IN ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')
           OR (p.status = 'MERGED' AND COALESCE(k.before_merge, FALSE))) AS handled
    FROM proposal p
    LEFT JOIN kind_rules k ON k.kind = p.kind
   WHERE ${scopeFilters(input, params).join("\n     AND ")}
),
-- The rows the facts are read from, each table read once: the slice's assignments, replies and feedback,
-- by the items' ids and their effective items' ids (a merged item's primary may lie outside the slice).
-- reply.proposal_id and unit_id are the assignment's (copied for the figures), feedback.proposal_id is
-- the reply's: so slice_reply holds every reply of slice_asg, and slice_feedback every rating of them.
slice_keys AS (
  SELECT sc.id FROM scoped sc UNION SELECT sc.eff_id FROM scoped sc
),
slice_asg AS (
  SELECT a.id, a.proposal_id, a.unit_id, a.role, a.assigned_on, a.co_opinion_due_on, a.reply_due_on, a.original_reply_due_on,
         a.voided_at, a.received_at, a.co_opinion_sent_at, a.co_opinion_waived_at
    FROM assignment a
   WHERE a.proposal_id IN (SELECT id FROM slice_keys)${unit ? ` AND a.unit_id = ${unit}::uuid` : ""}
),
slice_reply AS (
  SELECT r.id, r.assignment_id, r.proposal_id, r.round, r.status, r.category, r.sent_at, r.submitted_at, r.rework_count
    FROM reply r
   WHERE r.proposal_id IN (SELECT id FROM slice_keys)${unit ? ` AND r.unit_id = ${unit}::uuid` : ""}
),
slice_feedback AS (
  SELECT f.reply_id, f.proposal_id, f.member_id, f.round, f.result
    FROM feedback f
   WHERE f.proposal_id IN (SELECT id FROM slice_keys)
),
last_reply AS (
  SELECT DISTINCT ON (r.assignment_id) r.assignment_id, r.proposal_id, e.kind, r.category
    FROM (SELECT DISTINCT sc.eff_id AS id, sc.eff_kind AS kind FROM scoped sc) e
    JOIN slice_reply r ON r.proposal_id = e.id
    JOIN slice_asg a ON a.id = r.assignment_id
   WHERE r.status = 'SENT' AND a.voided_at IS NULL AND a.role <> 'CO'
   ORDER BY r.assignment_id, r.round DESC
),
outcome AS (
  SELECT DISTINCT ON (lr.proposal_id) lr.proposal_id, lr.category, COALESCE(c.solved, FALSE) AS solved
    FROM last_reply lr
    LEFT JOIN cat_rules c ON c.kind = lr.kind AND c.code = lr.category
   ORDER BY lr.proposal_id, COALESCE(c.rank, 2147483647) DESC, lr.category DESC
),
rating AS (
  -- the item's first proposer's result on the effective item's replies: latest round, least favourable
  SELECT DISTINCT ON (sc.id) sc.id, f.result
    FROM scoped sc
    JOIN slice_feedback f ON f.proposal_id = sc.eff_id AND f.member_id = sc.first_member_id${unit ? `
    JOIN slice_reply fr ON fr.id = f.reply_id
    JOIN slice_asg fa ON fa.id = fr.assignment_id AND fa.voided_at IS NULL` : ""}
   ORDER BY sc.id, f.round DESC, ${SEVERITY}
),
items AS (
  SELECT sc.id, sc.kind, sc.number, sc.title, sc.status, sc.round, sc.subject_area, sc.eff_id,
         sc.eff_status, o.category, COALESCE(o.solved, FALSE) AS solved, rt.result, sc.handled
    FROM scoped sc
    LEFT JOIN outcome o ON o.proposal_id = sc.eff_id
    LEFT JOIN rating rt ON rt.id = sc.id
   WHERE ${scope.category ? `o.category = ${params.add(scope.category)}` : "TRUE"}
),
item_facts AS (
  SELECT i.id, i.number, i.title, i.status, i.kind, i.subject_area, i.category,
         ${flagColumns(ITEM_FLAGS)}
    FROM items i
   WHERE ${unit ? `EXISTS (SELECT 1 FROM assignment ua WHERE ua.proposal_id = i.eff_id AND ua.unit_id = ${unit}::uuid AND ua.voided_at IS NULL AND ua.role <> 'CO')` : "TRUE"}
),
asg_base AS (
  SELECT a.id, a.proposal_id, a.unit_id, a.role, a.assigned_on, a.co_opinion_due_on, a.reply_due_on, a.original_reply_due_on,
         a.voided_at, a.received_at, a.co_opinion_sent_at, a.co_opinion_waived_at,
         sc.number, sc.title, sc.status AS item_status, sc.kind, sc.round AS item_round
    FROM scoped sc
    JOIN slice_asg a ON a.proposal_id = sc.id
   WHERE sc.handled${scope.category ? " AND sc.id IN (SELECT id FROM items)" : ""}
),
asg_replies AS (
  -- the reply facts of each assignment in one pass
  SELECT r.assignment_id,
         min(r.sent_at) FILTER (WHERE r.round = 1 AND r.status = 'SENT') AS first_sent_at,
         bit_or(1 << r.round) FILTER (WHERE r.status = 'SENT') AS sent_rounds, -- bit n set: a reply of round n was sent
         bool_or(r.submitted_at IS NOT NULL OR r.status <> 'DRAFT') AS any_submitted,
         bool_or(r.rework_count > 0) AS any_rework
    FROM slice_reply r
   GROUP BY r.assignment_id
),
asg_rating AS (
  -- the item's first proposer's result on the assignment's replies: latest round, least favourable
  SELECT DISTINCT ON (ra.assignment_id) ra.assignment_id, f.result
    FROM slice_reply ra
    JOIN scoped sc ON sc.id = ra.proposal_id
    JOIN slice_feedback f ON f.reply_id = ra.id AND f.member_id = sc.first_member_id
   ORDER BY ra.assignment_id, f.round DESC, ${SEVERITY}
),
asg AS (
  SELECT a.id, a.proposal_id, a.unit_id, a.role, a.assigned_on, a.co_opinion_due_on,
         a.number, a.title, a.item_status, a.kind,
         ${today}::date AS today, COALESCE(k.due_soon_days, 0) AS due_soon_days,
         a.voided_at IS NOT NULL AS voided,
         a.voided_at IS NULL AND a.role <> 'CO' AS replying_role,
         a.voided_at IS NULL AND a.role = 'CO' AS co_role,
         ${civil("a.received_at")} AS received_on,
         ${civil("a.co_opinion_sent_at")} AS co_sent_on,
         ${civil("ar.first_sent_at")} AS first_sent_on,
         CASE WHEN a.item_round >= 2
              THEN COALESCE((SELECT max(x.requested_until) FROM extension_request x
                              WHERE x.assignment_id = a.id AND x.approved AND x.decided_at <= ar.first_sent_at), a.original_reply_due_on)
              ELSE a.reply_due_on END AS first_due_on,
         CASE WHEN a.role = 'CO' THEN a.co_opinion_due_on ELSE a.reply_due_on END AS due_on,
         a.voided_at IS NULL AND a.item_status = 'HANDLING' AND CASE
           WHEN a.role = 'CO' THEN a.co_opinion_sent_at IS NULL AND a.co_opinion_waived_at IS NULL AND a.co_opinion_due_on IS NOT NULL
           ELSE COALESCE(ar.sent_rounds & (1 << a.item_round) = 0, TRUE) -- no reply of the item's round sent yet
         END AS open_duty,
         EXISTS (SELECT 1 FROM communication c WHERE c.assignment_id = a.id AND c.occurred_on <= ${civil("ar.first_sent_at")}) AS communicated_before,
         COALESCE(ar.any_submitted, FALSE) AS any_submitted,
         COALESCE(ar.any_rework, FALSE) AS any_rework,
         EXISTS (SELECT 1 FROM extension_request xa WHERE xa.assignment_id = a.id AND xa.approved) AS any_extension,
         rt.result AS rating
    FROM asg_base a
    LEFT JOIN asg_replies ar ON ar.assignment_id = a.id
    LEFT JOIN asg_rating rt ON rt.assignment_id = a.id
    LEFT JOIN kind_rules k ON k.kind = a.kind
),
asg_facts AS (
  SELECT g.id, g.proposal_id, g.unit_id, g.role, g.number, g.title, g.item_status AS status, g.kind,
         g.received_on - g.assigned_on AS days_to_receipt,
         g.first_sent_on - g.assigned_on AS days_to_reply,
         ${flagColumns(ASSIGNMENT_FLAGS)}
    FROM asg g
)`;
}
