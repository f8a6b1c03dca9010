// Login with a throttle per account name. An unknown name and a wrong password give the same error
// after the same work (a dummy argon2 verification), and both count towards the throttle.
import type { DataSource, EntityManager } from "typeorm";
import type { AppConfig } from "../../config";
import { AppError } from "../../graphql/errors";
import { User } from "../user/user.entity";
import { LoginThrottle } from "./login-throttle.entity";
import { createLoginSession } from "./login-session.service";
import { dummyVerify, verifyPassword } from "./password";

export const THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

const invalid = (): AppError => new AppError("UNAUTHENTICATED", "Invalid username or password");

async function throttleRow(em: EntityManager, key: string): Promise<LoginThrottle | null> {
  return em.getRepository(LoginThrottle).findOne({ where: { usernameKey: key }, lock: { mode: "pessimistic_write" } });
}

async function recordFailure(dataSource: DataSource, key: string, now: Date): Promise<void> {
  await dataSource.transaction(async (em) => {
    const repo = em.getRepository(LoginThrottle);
    const row = (await throttleRow(em, key)) ?? repo.create({ usernameKey: key, failures: 0, windowStartedAt: now, lockedUntil: null });
    if (now.getTime() - row.windowStartedAt.getTime() > THROTTLE.windowMs) {
      row.failures = 0;
      row.windowStartedAt = now;
    }
    row.failures += 1;
    if (row.failures >= THROTTLE.maxFailures) row.lockedUntil = new Date(now.getTime() + THROTTLE.lockMs);
    await repo.save(row);
  });
}

export interface LoginResult {
  user: User;
  token: string;
  expiresAt: Date;
}

export async function login(
  dataSource: DataSource,
  config: AppConfig,
  username: string,
  password: string,
  now: Date,
  meta: { userAgent?: string | null; ip?: string | null },
): Promise<LoginResult> {
  const key = username.trim().toLowerCase().slice(0, 100);
  const throttle = await dataSource.getRepository(LoginThrottle).findOneBy({ usernameKey: key });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    throw new AppError("RATE_LIMITED", "Too many failed attempts; try again later", { retryAfterSeconds: Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 1000) });
  }
  const user = await dataSource.getRepository(User).findOneBy({ username: key });
  const ok = user && user.active ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!ok || !user) {
    await recordFailure(dataSource, key, now);
    throw invalid();
  }
  return dataSource.transaction(async (em) => {
    await em.getRepository(LoginThrottle).delete({ usernameKey: key });
    await em.getRepository(User).update({ id: user.id }, { lastLoginAt: now });
    const session = await createLoginSession(em, config, user.id, now, meta);
    return { user, ...session };
  });
}
