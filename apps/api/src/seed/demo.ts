// Seeds the demo district on first start (SEED_DEMO, default on outside production): bodies,
// sessions, units, members and one login per role, all with the demo password. Runs in one
// transaction and only on an empty database, so restarting never duplicates anything.
import type { Role } from "@jyta/domain";
import type { DataSource, EntityManager } from "typeorm";
import { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import { DEMO_PASSWORD, hashPassword } from "../modules/auth/password";
import { Body } from "../modules/body/body.entity";
import { Member } from "../modules/member/member.entity";
import { Unit } from "../modules/unit/unit.entity";
import { User } from "../modules/user/user.entity";
import { seedDemoItems } from "./demo-items";
import { DEMO_BODIES, DEMO_SESSIONS, DEMO_UNITS, demoMembers } from "./demo-world";

export interface DemoLogin {
  username: string;
  role: Role;
  description: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { username: "admin", role: "ADMIN", description: "系统管理员" },
  { username: "committee", role: "COMMITTEE", description: "区政协提案委员会 工作人员" },
  { username: "npc.committee", role: "COMMITTEE", description: "区人大常委会选联工委 工作人员" },
  { username: "office", role: "OFFICE", description: "区政府办公室督查室 工作人员" },
  { username: "handler", role: "UNIT_HANDLER", description: "区住房和城乡建设局 经办人" },
  { username: "unitleader", role: "UNIT_LEADER", description: "区住房和城乡建设局 分管领导" },
  { username: "member", role: "MEMBER", description: "区政协委员" },
  { username: "deputy", role: "MEMBER", description: "区人大代表" },
  { username: "leader", role: "LEADER", description: "区领导" },
];

export async function isEmptyDatabase(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Body).count()) === 0;
}

async function seedReference(em: EntityManager): Promise<{ bodies: Record<string, Body>; units: Unit[]; members: Member[] }> {
  const bodies: Record<string, Body> = {};
  for (const b of DEMO_BODIES) bodies[b.key] = await em.getRepository(Body).save(em.create(Body, { name: b.name, kind: b.kind, level: "DISTRICT" }));
  for (const s of DEMO_SESSIONS) {
    const { body, ...fields } = s;
    await em.getRepository(AssemblySession).save(em.create(AssemblySession, { ...fields, bodyId: bodies[body]!.id }));
  }
  const units = await em.getRepository(Unit).save(
    DEMO_UNITS.map((u, i) => em.create(Unit, { ...u, sortOrder: (i + 1) * 10, contactName: null, contactPhone: `0750-3${String(100000 + i * 37).slice(0, 6)}` })),
  );
  const members = await em.getRepository(Member).save(
    demoMembers().map((m) => em.create(Member, { bodyId: bodies[m.body]!.id, name: m.name, sector: m.sector, party: m.party, workplace: m.workplace, phone: m.phone, email: null })),
  );
  return { bodies, units, members };
}

/** Seeds everything; returns the demo logins to print. `now` dates the current sessions' items. */
export async function seedDemo(dataSource: DataSource, now: Date = new Date()): Promise<readonly DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (em) => {
    const { bodies, units, members } = await seedReference(em);
    const housing = units.find((u) => u.name === "区住房和城乡建设局")!;
    const cppccMember = members.find((m) => m.bodyId === bodies.cppcc!.id)!;
    const deputy = members.find((m) => m.bodyId === bodies.npc!.id)!;
    const links: Record<string, Partial<User>> = {
      committee: { bodyId: bodies.cppcc!.id, displayName: "提案委 周敏" },
      "npc.committee": { bodyId: bodies.npc!.id, displayName: "选联工委 陈晨" },
      office: { displayName: "督查室 李航" },
      handler: { unitId: housing.id, displayName: "住建局 张明（经办人）" },
      unitleader: { unitId: housing.id, displayName: "住建局 黄立（分管领导）" },
      member: { memberId: cppccMember.id, displayName: cppccMember.name },
      deputy: { memberId: deputy.id, displayName: deputy.name },
      leader: { displayName: "区领导 林涛" },
    };
    const repo = em.getRepository(User);
    for (const login of DEMO_LOGINS) {
      if (login.username === "admin") continue; // created by ensureAdmin
      await repo.insert({ username: login.username, passwordHash, displayName: login.description, ...links[login.username], roles: [login.role] });
    }
    await seedDemoItems(em, now);
  });
  return DEMO_LOGINS;
}
