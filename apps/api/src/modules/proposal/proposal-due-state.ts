// An item's due state (DOMAIN.md §2: derived, never stored), as SQL so lists can filter on it in
// the one statement that fetches the page. Over the item's live replying (SOLE, LEAD, SPLIT)
// assignments: DONE when every one has replied; otherwise the most urgent open one decides, with the
// domain's `dueState` rule: OVERDUE after its reply due date, DUE_SOON when at most the rule set's
// dueSoonDays are left (the due date itself included), else ON_TRACK. NULL before assignment.
import { defaultRuleSet, DueState, type ProposalKind } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { RequestContext } from "../../graphql/context";
import type { LoaderFactory } from "../../graphql/loaders";
import { today } from "../calendar/calendar.service";

/** The expression over proposal alias `p`; its parameters come from `dueStateParams`. */
export function dueStateSql(p: string): string {
  const open = `a.status <> 'REPLIED'`;
  const nextDue = `min(a.reply_due_on) FILTER (WHERE ${open})`;
  const soonDays = `COALESCE((SELECT (rs.rules->>'dueSoonDays')::int FROM rule_set rs WHERE rs.kind = ${p}.kind), :dueSoonDefault)`;
  return `(SELECT CASE
      WHEN count(*) = 0 THEN NULL
      WHEN count(*) FILTER (WHERE ${open}) = 0 THEN '${DueState.DONE}'
      WHEN ${nextDue} < CAST(:dueToday AS date) THEN '${DueState.OVERDUE}'
      WHEN ${nextDue} - CAST(:dueToday AS date) <= ${soonDays} THEN '${DueState.DUE_SOON}'
      ELSE '${DueState.ON_TRACK}' END
    FROM assignment a
   WHERE a.proposal_id = ${p}.id AND a.voided_at IS NULL AND a.role <> 'CO')`;
}

export function dueStateParams(ctx: RequestContext): { dueToday: string; dueSoonDefault: number } {
  // Every kind ships the same default; a stored rule set overrides it per kind inside the SQL.
  const kind: ProposalKind = "PROPOSAL";
  return { dueToday: today(ctx), dueSoonDefault: defaultRuleSet(kind).dueSoonDays };
}

/** Due state by item id, one statement per batch (for items not fetched by the list). */
export const dueStateByProposalId: LoaderFactory<string, DueState | null> = (ctx) =>
  new DataLoader(async (ids) => {
    const [sql, params] = ctx.em.connection.driver.escapeQueryWithParameters(
      `SELECT p.id, ${dueStateSql("p")} AS due_state FROM proposal p WHERE p.id = ANY(CAST(:dueIds AS uuid[]))`,
      { ...dueStateParams(ctx), dueIds: [...ids] },
    );
    const rows: Array<{ id: string; due_state: DueState | null }> = await ctx.em.query(sql, params);
    const map = new Map(rows.map((r) => [r.id, r.due_state]));
    return ids.map((id) => map.get(id) ?? null);
  });
