// What the demo items are written against: the reference data seedDemo has just created (read back in
// the same transaction), the rule sets and the holiday calendar in force, and the clock of seeding.
import {
  addCalendarDays,
  calendarFromRows,
  defaultRuleSet,
  localDateAt,
  ProposalKind,
  type HolidayCalendar,
  type LocalDate,
  type RuleSet,
} from "@jyta/domain";
import type { EntityManager } from "typeorm";
import { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import { Body } from "../modules/body/body.entity";
import { CalendarDay } from "../modules/calendar/calendar-day.entity";
import { Member } from "../modules/member/member.entity";
import { RuleSetRow } from "../modules/rule-set/rule-set.entity";
import { Unit } from "../modules/unit/unit.entity";
import { User } from "../modules/user/user.entity";
import { DEMO_BODIES } from "./demo-world";

export const DEMO_USERNAMES = ["office", "committee", "npc.committee", "handler", "unitleader", "member", "deputy", "leader"] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

export interface DemoWorld {
  now: Date;
  /** Today's civil date in China at `now`. */
  today: LocalDate;
  calendar: HolidayCalendar;
  rules: Readonly<Record<ProposalKind, RuleSet>>;
  cppcc: Body;
  npc: Body;
  sessions: { cppcc2024: AssemblySession; cppccCurrent: AssemblySession; npcCurrent: AssemblySession };
  /** By short name (住建, 发改, …). */
  units: ReadonlyMap<string, Unit>;
  /** Members of each body, in the order they were seeded. */
  cppccMembers: readonly Member[];
  npcMembers: readonly Member[];
  users: Readonly<Record<DemoUsername, User>>;
  /** 区住房和城乡建设局: the unit of the demo handler and unit leader. */
  housing: Unit;
  /** The members behind the `member` and `deputy` logins. */
  member: Member;
  deputy: Member;
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Demo items: ${what} is missing (run after the demo reference data)`);
  return value;
}

export async function loadDemoWorld(em: EntityManager, now: Date): Promise<DemoWorld> {
  const bodies = await em.getRepository(Body).find();
  const byName = (name: string): Body => must(bodies.find((b) => b.name === name), `body ${name}`);
  const cppcc = byName(DEMO_BODIES.find((b) => b.key === "cppcc")!.name);
  const npc = byName(DEMO_BODIES.find((b) => b.key === "npc")!.name);
  const sessions = await em.getRepository(AssemblySession).find();
  const session = (bodyId: string, predicate: (s: AssemblySession) => boolean, what: string): AssemblySession =>
    must(sessions.find((s) => s.bodyId === bodyId && predicate(s)), what);
  const units = await em.getRepository(Unit).find({ order: { sortOrder: "ASC" } });
  const members = await em.getRepository(Member).find({ order: { createdAt: "ASC", phone: "ASC" } });
  const users = await em.getRepository(User).find();
  const user = (username: DemoUsername): User => must(users.find((u) => u.username === username), `user ${username}`);
  const calendarRows = await em.getRepository(CalendarDay).find({ select: { date: true, kind: true } });
  const ruleRows = await em.getRepository(RuleSetRow).find();
  const rules = Object.fromEntries(
    Object.values(ProposalKind).map((kind) => [kind, ruleRows.find((r) => r.kind === kind)?.rules ?? defaultRuleSet(kind)]),
  ) as Record<ProposalKind, RuleSet>;
  const userRecord = Object.fromEntries(DEMO_USERNAMES.map((u) => [u, user(u)])) as Record<DemoUsername, User>;
  const memberOf = (u: User): Member => must(members.find((m) => m.id === u.memberId), `member of ${u.username}`);
  return {
    now,
    today: localDateAt(now),
    calendar: calendarFromRows(calendarRows),
    rules,
    cppcc,
    npc,
    sessions: {
      cppcc2024: session(cppcc.id, (s) => s.year === 2024, "CPPCC session of 2024"),
      cppccCurrent: session(cppcc.id, (s) => s.isCurrent, "current CPPCC session"),
      npcCurrent: session(npc.id, (s) => s.isCurrent, "current People's Congress session"),
    },
    units: new Map(units.map((u) => [must(u.shortName, `short name of ${u.name}`), u])),
    cppccMembers: members.filter((m) => m.bodyId === cppcc.id),
    npcMembers: members.filter((m) => m.bodyId === npc.id),
    users: userRecord,
    housing: must(units.find((u) => u.name === "区住房和城乡建设局"), "区住房和城乡建设局"),
    member: memberOf(userRecord.member),
    deputy: memberOf(userRecord.deputy),
  };
}

/** An instant on a civil date in China (UTC+8), e.g. at("2024-03-04", "09:30"). */
export function at(date: LocalDate, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** The civil date `days` before the world's today. */
export function daysAgo(world: DemoWorld, days: number): LocalDate {
  return addCalendarDays(world.today, -days);
}
