// The first administrator. First start creates `admin` from ADMIN_PASSWORD; outside production a
// known demo password is used (and printed) when none is given. In production the server refuses to
// start with no, a weak, or the demo admin password.
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config";
import { DEMO_PASSWORD, hashPassword, passwordProblem, verifyPassword } from "../modules/auth/password";
import { User } from "../modules/user/user.entity";

export class StartupRefused extends Error {}

export interface AdminBootstrap {
  created: boolean;
  /** Shown at start-up only when it is the demo default. */
  demoPassword: string | null;
}

export async function ensureAdmin(dataSource: DataSource, config: AppConfig): Promise<AdminBootstrap> {
  const given = config.adminPassword;
  if (config.production) {
    if (!given) throw new StartupRefused("NODE_ENV=production needs ADMIN_PASSWORD (at least 12 characters, 3 character classes)");
    const problem = given === DEMO_PASSWORD ? "it is the demo password" : passwordProblem(given, true);
    if (problem) throw new StartupRefused(`ADMIN_PASSWORD refused in production: ${problem}`);
  }
  const repo = dataSource.getRepository(User);
  const existing = await repo.createQueryBuilder("u").where("'ADMIN' = ANY(u.roles)").andWhere("u.active").orderBy("u.created_at").getOne();
  if (existing) {
    if (config.production && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD))) {
      throw new StartupRefused(`The administrator "${existing.username}" still has the demo password; change it before running in production`);
    }
    return { created: false, demoPassword: null };
  }
  const password = given ?? DEMO_PASSWORD;
  await repo.insert({
    username: "admin",
    displayName: "系统管理员",
    passwordHash: await hashPassword(password),
    roles: ["ADMIN"],
  });
  return { created: true, demoPassword: given ? null : password };
}
