// The daily due-soon and overdue notices (DOMAIN.md §2: derived from the due dates, never stored by
// hand), one set-based INSERT … SELECT each, so the job costs the same few statements for ten or ten
// thousand assignments. Idempotent through dedupe keys (notify.ts's format, `<key>:<userId>`):
//   due-soon:<assignmentId>:<replyDueOn>  once per due date in force (an extension earns a new one);
//   overdue:<assignmentId>:<replyDueOn>   once per due date that lapsed, not every day: the workbench
//                                         lists overdue work daily, reminders (催办) are the office's.
import { type LocalDate, NotificationKind, type ProposalKind, type RuleSet } from "@jyta/domain";
import type { EntityManager } from "typeorm";

/** Live replying assignments of items in handling whose reply is not sent. */
const OPEN_REPLYING = `a.voided_at IS NULL AND a.role <> 'CO' AND a.status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED') AND p.status = 'HANDLING'`;
const UNIT_USER = `u.active AND u.unit_id = a.unit_id AND u.roles && ARRAY['UNIT_HANDLER', 'UNIT_LEADER']::varchar[]`;
const OFFICE_USER = `u.active AND 'OFFICE' = ANY(u.roles)`;
const DUE = `to_char(a.reply_due_on, 'YYYY-MM-DD')`;
const ITEM = `COALESCE('第' || p.number || '号 ', '') || p.title`;

function insertSql(kind: NotificationKind, keyPrefix: string, title: string, body: string, recipients: string, due: string): string {
  return `INSERT INTO notification (user_id, kind, proposal_id, assignment_id, title, body, dedupe_key, created_at)
          SELECT u.id, '${kind}', p.id, a.id, left(${title}, 200), left(${body}, 2000),
                 '${keyPrefix}:' || a.id || ':' || ${DUE} || ':' || u.id, $1
            FROM assignment a
            JOIN proposal p ON p.id = a.proposal_id
            JOIN unnest($3::text[], $4::int[]) AS k(kind, due_soon_days) ON k.kind = p.kind
            JOIN app_user u ON ${recipients}
           WHERE ${OPEN_REPLYING} AND ${due}
          ON CONFLICT (dedupe_key) DO NOTHING
          RETURNING id`;
}

const DUE_SOON_SQL = insertSql(
  NotificationKind.DUE_SOON,
  "due-soon",
  `'即将到期：' || ${ITEM}`,
  `'答复将于 ' || ${DUE} || ' 到期（还有 ' || (a.reply_due_on - $2::date) || ' 天），请抓紧办理。'`,
  UNIT_USER,
  `a.reply_due_on >= $2::date AND a.reply_due_on <= $2::date + k.due_soon_days`,
);

const OVERDUE_SQL = insertSql(
  NotificationKind.OVERDUE,
  "overdue",
  `'已超期：' || ${ITEM}`,
  `'答复已于 ' || ${DUE} || ' 到期，已超期 ' || ($2::date - a.reply_due_on) || ' 天。'`,
  `((${UNIT_USER}) OR (${OFFICE_USER}))`,
  `a.reply_due_on < $2::date`,
);

export interface DueNoticeCounts {
  dueSoonNotices: number;
  overdueNotices: number;
}

/** Stores the notices due `today` that were not stored before; returns how many were new. */
export async function createDueNotices(em: EntityManager, now: Date, today: LocalDate, rules: ReadonlyMap<ProposalKind, RuleSet>): Promise<DueNoticeCounts> {
  const kinds = [...rules.keys()];
  const params = [now, today, kinds, kinds.map((k) => rules.get(k)!.dueSoonDays)];
  const dueSoon: unknown[] = await em.query(DUE_SOON_SQL, params);
  const overdue: unknown[] = await em.query(OVERDUE_SQL, params);
  return { dueSoonNotices: dueSoon.length, overdueNotices: overdue.length };
}
