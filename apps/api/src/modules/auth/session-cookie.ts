// The session cookie: HttpOnly (no script can read it), SameSite=Strict (never sent cross-site, which
// with Apollo's CSRF prevention closes CSRF), Secure whenever the request came over HTTPS.
import type { Request, Response } from "express";
import { SESSION_COOKIE } from "./tokens";

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/", expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/" });
}

export function readSessionCookie(req: Request): string | undefined {
  const value = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  return typeof value === "string" && value.length > 0 && value.length < 200 ? value : undefined;
}

export function readBearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+(\S{10,200})$/i.exec(header);
  return m?.[1];
}
