// The ledger's rows (台账): one per live assignment of every item the `proposals` query would list for
// the same filter and caller (its filter SQL and row rules are reused, not copied), and one row for an
// item not yet assigned. A unit user gets their own unit's assignments only (DOMAIN.md §5); with a
// unitId filter, only that unit's. One statement, whatever the number of rows.
import { AssignmentRole, dueState, localDateAt, Role, type DueState, type LocalDate, type ProposalKind, type ProposalStatus, type RuleSet, type Satisfaction } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { proposalVisibilitySql } from "../../modules/access/policy";
import { today } from "../../modules/calendar/calendar.service";
import { filterSql } from "../../modules/proposal/proposal-list.service";
import type { ProposalFilter } from "../../modules/proposal/proposal.inputs";
import { getRuleSet } from "../../modules/rule-set/rule-set.service";

/** A spreadsheet beyond this is a sign of a missing filter; the caller is asked to narrow it. */
export const MAX_LEDGER_ROWS = 20000;

export interface LedgerRow {
  sessionName: string;
  year: number;
  kind: ProposalKind;
  number: number | null;
  title: string;
  /** All proposers, in order. */
  proposers: string[];
  subjectArea: string | null;
  isKey: boolean;
  status: ProposalStatus;
  unitName: string | null;
  role: AssignmentRole | null;
  assignedOn: LocalDate | null;
  /** The reply due date in force; a CO unit's opinion due date. */
  dueOn: LocalDate | null;
  /** The latest sent reply; a CO unit's opinion. */
  answeredOn: LocalDate | null;
  replyCategory: string | null;
  /** The first proposer's rating of this unit's reply (latest round). */
  rating: Satisfaction | null;
  dueState: DueState | null;
}

interface Raw {
  session_name: string;
  year: number;
  kind: ProposalKind;
  number: number | null;
  title: string;
  proposers: string[];
  subject_area: string | null;
  is_key: boolean;
  status: ProposalStatus;
  unit_name: string | null;
  role: AssignmentRole | null;
  assignment_status: string | null;
  assigned_on: string | null;
  reply_due_on: string | null;
  co_opinion_due_on: string | null;
  co_opinion_sent_at: Date | null;
  co_opinion_waived_at: Date | null;
  reply_sent_at: Date | null;
  reply_category: string | null;
  rating: Satisfaction | null;
}

const UNIT_ROLES: readonly Role[] = [Role.UNIT_HANDLER, Role.UNIT_LEADER];

/** Which assignments of a visible item the caller may see: all of them, except that unit users see their own. */
function assignmentVisibility(ctx: RequestContext): { sql: string; params: Record<string, unknown> } {
  const principal = ctx.principal;
  if (!principal) return { sql: "FALSE", params: {} };
  const otherRoles = principal.roles.filter((r) => !UNIT_ROLES.includes(r));
  const whole = otherRoles.length ? proposalVisibilitySql({ ...principal, roles: otherRoles }, "p") : { sql: "FALSE", params: {} };
  const ownUnit = principal.unitId && principal.roles.some((r) => UNIT_ROLES.includes(r));
  return { sql: `(${whole.sql}${ownUnit ? " OR a.unit_id = :ledgerOwnUnit" : ""})`, params: { ...whole.params, ...(ownUnit ? { ledgerOwnUnit: principal.unitId } : {}) } };
}

function rowDueState(r: Raw, rules: ReadonlyMap<ProposalKind, RuleSet>, on: LocalDate): DueState | null {
  if (!r.role || !r.reply_due_on) return null;
  const co = r.role === AssignmentRole.CO;
  const done = co ? r.assignment_status === "OPINION_SENT" || r.co_opinion_waived_at !== null : r.assignment_status === "REPLIED";
  const dueSoonDays = rules.get(r.kind)?.dueSoonDays ?? 0;
  return dueState({ replyDueOn: (co ? r.co_opinion_due_on : null) ?? r.reply_due_on, done, today: on, dueSoonDays });
}

export async function loadLedgerRows(ctx: RequestContext, filter: ProposalFilter): Promise<LedgerRow[]> {
  const { where, params } = filterSql(ctx, filter);
  const visible = assignmentVisibility(ctx);
  const onlyUnit = filter.unitId ? " AND a.unit_id = :ledgerFilterUnit" : "";
  const sql = `
    SELECT s.name AS session_name, s.year, p.kind, p.number, p.title, p.category AS subject_area, p.is_key, p.status,
           (SELECT COALESCE(json_agg(m.name ORDER BY pp.position), '[]'::json)
              FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id WHERE pp.proposal_id = p.id) AS proposers,
           u.name AS unit_name, a.role, a.status AS assignment_status, a.assigned_on, a.reply_due_on, a.co_opinion_due_on,
           a.co_opinion_sent_at, a.co_opinion_waived_at, lr.sent_at AS reply_sent_at, lr.category AS reply_category,
           (SELECT f.result FROM feedback f
              JOIN proposal_proposer fp ON fp.proposal_id = p.id AND fp.member_id = f.member_id AND fp.position = 1
             WHERE f.reply_id = lr.id ORDER BY f.round DESC LIMIT 1) AS rating
      FROM proposal p
      JOIN assembly_session s ON s.id = p.session_id
      LEFT JOIN assignment a ON a.proposal_id = p.id AND a.voided_at IS NULL AND ${visible.sql}${onlyUnit}
      LEFT JOIN unit u ON u.id = a.unit_id
      LEFT JOIN LATERAL (SELECT r.id, r.sent_at, r.category FROM reply r
                          WHERE r.assignment_id = a.id AND r.status = 'SENT' ORDER BY r.round DESC LIMIT 1) lr ON TRUE
     WHERE ${where.join(" AND ")}
     ORDER BY s.year, s.name, p.kind, p.number ASC NULLS LAST, p.submitted_at ASC NULLS LAST, p.id,
              CASE a.role WHEN 'SOLE' THEN 0 WHEN 'LEAD' THEN 1 WHEN 'SPLIT' THEN 2 ELSE 3 END, u.sort_order, u.name
     LIMIT :ledgerLimit`;
  const [query, values] = ctx.em.connection.driver.escapeQueryWithParameters(
    sql,
    { ...params, ...visible.params, ...(filter.unitId ? { ledgerFilterUnit: filter.unitId } : {}), ledgerLimit: MAX_LEDGER_ROWS + 1 },
  );
  const raw: Raw[] = await ctx.em.query(query, values);
  if (raw.length > MAX_LEDGER_ROWS) throw badInput(`The ledger has more than ${MAX_LEDGER_ROWS} rows: narrow the filter (e.g. sessionId)`);
  const kinds = [...new Set(raw.map((r) => r.kind))];
  const rules = new Map(await Promise.all(kinds.map(async (k) => [k, await getRuleSet(ctx, k)] as const)));
  const on = today(ctx);
  return raw.map((r) => {
    const co = r.role === AssignmentRole.CO;
    const answeredAt = co ? r.co_opinion_sent_at : r.reply_sent_at;
    return {
      sessionName: r.session_name,
      year: r.year,
      kind: r.kind,
      number: r.number,
      title: r.title,
      proposers: r.proposers,
      subjectArea: r.subject_area,
      isKey: r.is_key,
      status: r.status,
      unitName: r.unit_name,
      role: r.role,
      assignedOn: r.assigned_on,
      dueOn: co ? r.co_opinion_due_on : r.reply_due_on,
      answeredOn: answeredAt ? localDateAt(answeredAt) : null,
      replyCategory: co ? null : r.reply_category,
      rating: co ? null : r.rating,
      dueState: rowDueState(r, rules, on),
    };
  });
}
