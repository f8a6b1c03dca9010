import type { DataSource } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { recordEvent } from "../event/event.service";
import { ApiToken } from "./api-token.entity";
import type { Principal } from "./principal";
import { API_TOKEN_PREFIX, newToken, tokenHash } from "./tokens";

const TOUCH_INTERVAL_MS = 60_000;

export function listApiTokens(ctx: RequestContext): Promise<ApiToken[]> {
  return ctx.em.getRepository(ApiToken).find({ order: { createdAt: "DESC" } });
}

/** Creates a token; the clear text is returned this once and never stored. */
export async function createApiToken(ctx: RequestContext, name: string): Promise<{ token: ApiToken; secret: string }> {
  const secret = newToken(API_TOKEN_PREFIX);
  const repo = ctx.em.getRepository(ApiToken);
  const token = await repo.save(
    repo.create({ name: name.trim(), tokenHash: tokenHash(secret), prefix: secret.slice(0, 12), createdById: ctx.principal!.userId! }),
  );
  await recordEvent(ctx, { entityType: "ApiToken", entityId: token.id, action: "apiToken.create", after: { name: token.name } });
  return { token, secret };
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
  const repo = ctx.em.getRepository(ApiToken);
  const token = await repo.findOneBy({ id });
  if (!token) throw notFound("API token");
  if (!token.revokedAt) {
    token.revokedAt = ctx.now();
    await repo.save(token);
    await recordEvent(ctx, { entityType: "ApiToken", entityId: id, action: "apiToken.revoke" });
  }
  return token;
}

export async function principalFromApiToken(dataSource: DataSource, secret: string, now: Date): Promise<Principal | null> {
  const rows: Array<{ id: string; name: string; last_used_at: Date | null }> = await dataSource.query(
    `SELECT id, name, last_used_at FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL`,
    [tokenHash(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
    await dataSource.query(`UPDATE api_token SET last_used_at = $2 WHERE id = $1`, [row.id, now]);
  }
  return { kind: "token", userId: null, tokenId: row.id, loginSessionId: null, username: `token:${row.name}`, roles: ["API_CLIENT"], unitId: null, memberId: null, bodyId: null };
}
