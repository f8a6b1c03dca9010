// The viewer's own notifications: a page, its total and the unread count (two statements), and
// marking them read. Another user's notification is answered as missing.
import type { RequestContext } from "../../graphql/context";
import { badInput, notFound } from "../../graphql/errors";
import { applyListOptions, type SortSpec } from "../../graphql/list";
import { isUuid } from "../access/policy";
import { Notification } from "./notification.entity";
import type { NotificationFilter, NotificationListOptions, NotificationSort } from "./notification.inputs";
import type { NotificationList } from "./notification.types";

const SORTS: Record<NotificationSort, SortSpec> = {
  CREATED_AT_DESC: [["createdAt", "DESC"]],
  CREATED_AT_ASC: [["createdAt", "ASC"]],
  // readAt DESC puts NULL (unread) first in PostgreSQL.
  UNREAD_FIRST: [["readAt", "DESC"], ["createdAt", "DESC"]],
};

/** The filter as SQL over alias `n`, always restricted to the viewer. */
function filterSql(userId: string, filter: NotificationFilter | null | undefined): { sql: string; params: Record<string, unknown> } {
  const parts = ["n.user_id = :viewerId"];
  const params: Record<string, unknown> = { viewerId: userId };
  if (filter?.unread === true) parts.push("n.read_at IS NULL");
  if (filter?.unread === false) parts.push("n.read_at IS NOT NULL");
  if (filter?.kind) {
    parts.push("n.kind = :kind");
    params.kind = filter.kind;
  }
  return { sql: parts.join(" AND "), params };
}

export async function listNotifications(ctx: RequestContext, options: NotificationListOptions | null | undefined): Promise<NotificationList> {
  const userId = ctx.principal?.userId;
  if (!userId) return { items: [], totalItems: 0, unreadCount: 0 };
  const where = filterSql(userId, options?.filter);
  const qb = ctx.em.getRepository(Notification).createQueryBuilder("n").where(where.sql, where.params);
  const items = await applyListOptions(qb, options, SORTS, "CREATED_AT_DESC").getMany();
  // Total of the filter and the unread count in one statement.
  const counts = await ctx.em
    .getRepository(Notification)
    .createQueryBuilder("n")
    .select(`count(*) FILTER (WHERE ${where.sql})::int`, "total")
    .addSelect("count(*) FILTER (WHERE n.read_at IS NULL)::int", "unread")
    .where("n.user_id = :viewerId")
    .setParameters(where.params)
    .getRawOne<{ total: number; unread: number }>();
  return { items, totalItems: counts?.total ?? 0, unreadCount: counts?.unread ?? 0 };
}

/**
 * Marks one notification (`id`) or all of the viewer's (`all: true`) read; returns how many changed.
 * Reading an already read one changes nothing and returns 0.
 */
export async function markNotificationRead(ctx: RequestContext, id: string | null | undefined, all: boolean | null | undefined): Promise<number> {
  const userId = ctx.principal?.userId;
  if (!userId) throw notFound("Notification");
  if (all && id) throw badInput("Give either id or all, not both");
  if (!all && !id) throw badInput("Give the id of a notification, or all: true");
  const now = ctx.now();
  if (all) {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
    const rows: Array<{ updated: number }> = await ctx.em.query(
      `WITH marked AS (UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id) SELECT count(*)::int AS updated FROM marked`,
      [userId, now],
    );
    return rows[0]?.updated ?? 0;
  }
  if (!isUuid(id!)) throw notFound("Notification");
  const rows: Array<{ found: number; updated: number }> = await ctx.em.query(
    `WITH target AS (SELECT id, read_at FROM notification WHERE id = $1 AND user_id = $2 FOR UPDATE),
          marked AS (UPDATE notification n SET read_at = $3 FROM target t WHERE n.id = t.id AND t.read_at IS NULL RETURNING n.id)
     SELECT (SELECT count(*) FROM target)::int AS found, (SELECT count(*) FROM marked)::int AS updated`,
    [id, userId, now],
  );
  if (!rows[0]?.found) throw notFound("Notification");
  return rows[0].updated;
}
