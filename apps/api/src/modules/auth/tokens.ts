// Opaque random tokens for login sessions and API tokens; only their SHA-256 is ever stored.
import { createHash, randomBytes } from "node:crypto";

export function newToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export const SESSION_COOKIE = "jyta_session";
export const API_TOKEN_PREFIX = "jyta_";
