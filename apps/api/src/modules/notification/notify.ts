// Stores notifications for the users concerned, in the mutation's transaction. Recipients are given
// by user, by unit (its active unit users), by role, or by member (their login); one INSERT … SELECT.
// With a dedupe key, a notification is stored at most once per user (the daily job relies on it).
import type { NotificationKind, Role } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";

export interface Recipients {
  userIds?: readonly string[];
  /** Active users of these units holding one of `unitRoles` (default: handlers and leaders). */
  unitIds?: readonly string[];
  unitRoles?: readonly Role[];
  /** Active users holding any of these roles (e.g. OFFICE). */
  roles?: readonly Role[];
  /** The logins of these members. */
  memberIds?: readonly string[];
}

export interface NotificationInput {
  kind: NotificationKind;
  title: string;
  body?: string | null;
  proposalId?: string | null;
  assignmentId?: string | null;
  /** Stored at most once per user with this key. */
  dedupeKey?: string | null;
}

/** Returns how many notifications were stored. */
export async function notify(ctx: RequestContext, to: Recipients, n: NotificationInput): Promise<number> {
  const rows: unknown[] = await ctx.em.query(
    `INSERT INTO notification (user_id, kind, proposal_id, assignment_id, title, body, dedupe_key, created_at)
     SELECT u.id, $6, $7, $8, $9, $10, CASE WHEN $11::text IS NULL THEN NULL ELSE $11::text || ':' || u.id END, $12
       FROM app_user u
      WHERE u.active
        AND (u.id = ANY($1::uuid[])
             OR (u.unit_id = ANY($2::uuid[]) AND u.roles && $3::varchar[])
             OR u.roles && $4::varchar[]
             OR u.member_id = ANY($5::uuid[]))
        AND u.id IS DISTINCT FROM $13::uuid
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [
      to.userIds ?? [],
      to.unitIds ?? [],
      to.unitRoles ?? ["UNIT_HANDLER", "UNIT_LEADER"],
      to.roles ?? [],
      to.memberIds ?? [],
      n.kind,
      n.proposalId ?? null,
      n.assignmentId ?? null,
      n.title.slice(0, 200),
      n.body ?? null,
      n.dedupeKey ?? null,
      ctx.now(),
      // Nobody is notified of their own action.
      ctx.principal?.userId ?? null,
    ],
  );
  return rows.length;
}
