import type { Request } from "express";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config";
import { principalFromApiToken } from "../modules/auth/api-token.service";
import { principalFromSession } from "../modules/auth/login-session.service";
import type { Principal } from "../modules/auth/principal";
import { readBearer, readSessionCookie } from "../modules/auth/session-cookie";

/** Who is calling: `Authorization: Bearer` (API token) wins over the session cookie. */
export async function resolvePrincipal(req: Request, dataSource: DataSource, config: AppConfig, now: Date): Promise<Principal | null> {
  const bearer = readBearer(req);
  if (bearer) return principalFromApiToken(dataSource, bearer, now);
  const token = readSessionCookie(req);
  return token ? principalFromSession(dataSource, config, token, now) : null;
}
