import { parse } from "cookie";
import type { RequestHandler } from "express";

/** Parses the Cookie header into `req.cookies` (the session cookie is all we read). */
export const cookies: RequestHandler = (req, _res, next) => {
  (req as typeof req & { cookies: Record<string, string | undefined> }).cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  next();
};
