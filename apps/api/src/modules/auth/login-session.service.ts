// Server-side login sessions: create on login, resolve per request (one statement), expire when idle
// or at their absolute limit, revoke on logout and on any change of the user's access.
import type { Role } from "@jyta/domain";
import type { DataSource, EntityManager } from "typeorm";
import type { AppConfig } from "../../config";
import { queryNamed } from "../../db/named-statement";
import { LoginSession } from "./login-session.entity";
import type { Principal } from "./principal";
import { newToken, tokenHash } from "./tokens";

/** Touch `last_seen_at` at most this often: idle expiry needs minutes, not every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function createLoginSession(
  em: EntityManager,
  config: AppConfig,
  userId: string,
  now: Date,
  meta: { userAgent?: string | null; ip?: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 3600_000);
  await em.getRepository(LoginSession).insert({
    tokenHash: tokenHash(token),
    userId,
    lastSeenAt: now,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip?.slice(0, 64) ?? null,
  });
  return { token, expiresAt };
}

export async function deleteLoginSession(em: EntityManager, token: string): Promise<void> {
  await em.getRepository(LoginSession).delete({ tokenHash: tokenHash(token) });
}

export async function revokeUserSessions(em: EntityManager, userId: string): Promise<void> {
  await em.getRepository(LoginSession).delete({ userId });
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  username: string;
  roles: Role[];
  unit_id: string | null;
  member_id: string | null;
  body_id: string | null;
  active: boolean;
}

/** The principal behind a session cookie, or null when unknown, expired, idle too long or inactive. */
export async function principalFromSession(dataSource: DataSource, config: AppConfig, token: string, now: Date): Promise<Principal | null> {
  // Named: every request runs it, so PostgreSQL plans it once per connection.
  const rows = await queryNamed<SessionRow>(
    dataSource.manager,
    `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, u.id AS user_id, u.username, u.roles,
            u.unit_id, u.member_id, u.body_id, u.active
       FROM login_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [tokenHash(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const idleLimit = row.last_seen_at.getTime() + config.sessionIdleMinutes * 60_000;
  if (!row.active || now >= row.expires_at || now.getTime() >= idleLimit) {
    await dataSource.query(`DELETE FROM login_session WHERE id = $1`, [row.session_id]);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await dataSource.query(`UPDATE login_session SET last_seen_at = $2 WHERE id = $1`, [row.session_id, now]);
  }
  return {
    kind: "user",
    userId: row.user_id,
    tokenId: null,
    loginSessionId: row.session_id,
    username: row.username,
    roles: row.roles,
    unitId: row.unit_id,
    memberId: row.member_id,
    bodyId: row.body_id,
  };
}

/** Removes expired sessions; run by the daily job. */
export async function purgeExpiredSessions(dataSource: DataSource, config: AppConfig, now: Date): Promise<number> {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  const result = await dataSource.query(`DELETE FROM login_session WHERE expires_at <= $1 OR last_seen_at <= $2`, [now, idleCutoff]);
  return Array.isArray(result) && typeof result[1] === "number" ? result[1] : 0;
}
