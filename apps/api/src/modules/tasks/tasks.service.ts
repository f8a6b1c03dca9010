// myTasks: the workbench of the viewer's roles. One statement per group (count and page by window
// functions), plus the rule sets and, for members, the calendar: bounded whatever the number of items.
// The row rules of the policy module are added to every group, so a group can never show an item its
// viewer could not open.
import { addWorkingDays, dueState, feedbackWindowEndsOn, ProposalKind, type HolidayCalendar, type LocalDate, type RuleSet } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { proposalVisibilitySql } from "../access/policy";
import { getCalendar, today as todayOf } from "../calendar/calendar.service";
import { ruleSetByKind } from "../rule-set/rule-set.service";
import { groupsFor, type TaskGroupDef } from "./task-groups";
import type { TaskGroup, TaskItem, Tasks } from "./tasks.types";

export const TASK_ITEMS_PER_GROUP = 20;

interface Row {
  proposal_id: string;
  assignment_id: string | null;
  number: number | null;
  title: string;
  kind: ProposalKind;
  unit_name: string | null;
  due_on: string | null;
  sent_on: string | null;
  total: number;
}

function groupSql(def: TaskGroupDef, visibility: string): string {
  const orderBy = def.orderBy ?? `${def.dueOn ?? "NULL::date"} ASC NULLS LAST`;
  // Ties end on the item, then (for assignment and reply tasks) the assignment: a stable page.
  // The page is picked by row_number, not ORDER BY … LIMIT: the count needs every match anyway, and
  // with a LIMIT PostgreSQL 15 costs `count(*) OVER ()` as if the scan stopped after 20 rows, so it
  // chose whole-table index scans in ORDER BY order. Without one it plans for all the matches (few:
  // open work, through partial indexes), and stops numbering after the page.
  return `SELECT * FROM (
            SELECT p.id AS proposal_id, ${def.assignmentId ?? "NULL::uuid"} AS assignment_id, p.number, p.title, p.kind,
                   ${def.unitName ?? "NULL::text"} AS unit_name, ${def.dueOn ?? "NULL::date"} AS due_on,
                   ${def.sentOn ?? "NULL::date"} AS sent_on, count(*) OVER ()::int AS total,
                   row_number() OVER (ORDER BY ${orderBy}, p.id${def.assignmentId ? `, ${def.assignmentId}` : ""}) AS position
              FROM ${def.from}
             WHERE (${def.where}) AND ${visibility}) matching
           WHERE position <= ${TASK_ITEMS_PER_GROUP}
           ORDER BY position`;
}

interface Facts {
  today: LocalDate;
  rules: Map<ProposalKind, RuleSet>;
  calendar: HolidayCalendar | null;
}

function toItem(row: Row, facts: Facts): TaskItem {
  const rules = facts.rules.get(row.kind)!;
  // A rating task's deadline is the end of the feedback window.
  const dueOn = row.sent_on && facts.calendar ? feedbackWindowEndsOn(row.sent_on, rules, facts.calendar) : row.due_on;
  return {
    proposalId: row.proposal_id,
    assignmentId: row.assignment_id,
    number: row.number,
    title: row.title,
    kind: row.kind,
    unitName: row.unit_name,
    dueOn,
    dueState: dueOn ? dueState({ replyDueOn: dueOn, done: false, today: facts.today, dueSoonDays: rules.dueSoonDays }) : null,
  };
}

export async function myTasks(ctx: RequestContext): Promise<Tasks> {
  const principal = ctx.principal;
  if (!principal?.userId) return { groups: [] };
  const defs = groupsFor(principal.roles);
  if (defs.length === 0) return { groups: [] };

  const kinds = Object.values(ProposalKind);
  const loaded = await ctx.loaders.get(ruleSetByKind).loadMany(kinds);
  const rules = new Map<ProposalKind, RuleSet>();
  loaded.forEach((r, i) => {
    if (r instanceof Error) throw r;
    rules.set(kinds[i]!, r);
  });
  const today = todayOf(ctx);
  const calendar = defs.some((d) => d.sentOn) ? await getCalendar(ctx) : null;
  const facts: Facts = { today, rules, calendar };

  const visible = proposalVisibilitySql(principal, "p", "proposals");
  const params: Record<string, unknown> = {
    ...visible.params,
    viewerId: principal.userId,
    unitId: principal.unitId,
    bodyId: principal.bodyId,
    memberId: principal.memberId,
    today,
    ruleKinds: kinds,
    dueSoonDays: kinds.map((k) => rules.get(k)!.dueSoonDays),
    rateKinds: kinds,
    // A reply sent on or after this date is still inside its feedback window today.
    rateFrom: kinds.map((k) => (calendar ? addWorkingDays(today, -rules.get(k)!.feedbackWindowWorkingDays, calendar) : today)),
  };
  const driver = ctx.em.connection.driver;
  const groups = await Promise.all(
    defs.map(async (def): Promise<TaskGroup> => {
      const [sql, values] = driver.escapeQueryWithParameters(groupSql(def, visible.sql), params);
      const rows: Row[] = await ctx.em.query(sql, values);
      return { key: def.key, label: def.label, count: rows[0]?.total ?? 0, items: rows.map((r) => toItem(r, facts)) };
    }),
  );
  return { groups };
}
