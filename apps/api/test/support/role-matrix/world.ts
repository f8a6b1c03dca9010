// The cast of the role matrix test, on the demo world: one client per caller (each demo login, an API
// token created by the admin, and a client with no login), the staff who prepare rows (both committees,
// the office, the housing bureau's handler and leader, and a handler and leader of the transport bureau
// created here through createUser), and the ids the scenarios need. Every login happens once.
import { localDateAt, Role } from "@jyta/domain";
import type { GraphQLClient } from "../graphql-client";
import type { TestServer } from "../test-server";
import type { Caller } from "./cells";

export const LOGINS = [
  "admin",
  "committee",
  "npc.committee",
  "office",
  "handler",
  "unitleader",
  "member",
  "deputy",
  "leader",
  "transport.handler",
  "transport.leader",
] as const;
export type Login = (typeof LOGINS)[number];

/** The login that plays each role in the cells (the housing bureau for unit roles, a CPPCC member). */
const ROLE_LOGIN: Record<Exclude<Caller, "API_CLIENT" | "LOGGED_OUT">, Login> = {
  ADMIN: "admin",
  COMMITTEE: "committee",
  OFFICE: "office",
  UNIT_HANDLER: "handler",
  UNIT_LEADER: "unitleader",
  MEMBER: "member",
  LEADER: "leader",
};

/** The password of the users this test creates (the demo's own is refused as too common). */
export const MATRIX_PASSWORD = "Juzhen#2026-test";

export type UnitKey = "housing" | "transport" | "education";

export interface WorldIds {
  cppccBody: string;
  npcBody: string;
  /** The current sessions, where members file. */
  cppccSession: string;
  npcSession: string;
  /** The demo `member`'s member, another active CPPCC member, the demo `deputy`'s member. */
  member: string;
  otherMember: string;
  deputy: string;
  units: Record<UnitKey, string>;
}

export interface World {
  server: TestServer;
  /** The civil date of the (fixed) test clock in China. */
  today: string;
  ids: WorldIds;
  as: Record<Login, GraphQLClient>;
  token: GraphQLClient;
  anonymous: GraphQLClient;
}

/** The client a cell's caller uses. */
export function clientOf(w: World, caller: Caller): GraphQLClient {
  if (caller === "LOGGED_OUT") return w.anonymous;
  if (caller === Role.API_CLIENT) return w.token;
  return w.as[ROLE_LOGIN[caller]];
}

let counter = 0;
/** A short tag that makes titles, names and usernames unique within the run. */
export function nextTag(): number {
  counter += 1;
  return counter;
}

/** The member a MEMBER login is. */
async function memberOf(client: GraphQLClient): Promise<string> {
  const data = await client.ok<{ viewer: { user: { member: { id: string } | null } } }>(`{ viewer { user { member { id } } } }`);
  if (!data.viewer.user.member) throw new Error("viewer has no member");
  return data.viewer.user.member.id;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const now = new Date();
  // One fixed instant for the whole run: every "today" the API computes is `today` here.
  server.clock.set(now.toISOString());
  const admin = await server.login("admin");
  const bodies = (await admin.ok<{ bodies: Array<{ id: string; kind: string }> }>(`{ bodies { id kind } }`)).bodies;
  const cppccBody = bodies.find((b) => b.kind === "CPPCC")!.id;
  const npcBody = bodies.find((b) => b.kind === "PEOPLES_CONGRESS")!.id;
  const sessions = (await admin.ok<{ sessions: Array<{ id: string; isCurrent: boolean; body: { id: string } }> }>(`{ sessions { id isCurrent body { id } } }`)).sessions;
  const current = (bodyId: string): string => sessions.find((s) => s.isCurrent && s.body.id === bodyId)!.id;
  const units = (await admin.ok<{ units: { items: Array<{ id: string; name: string }> } }>(`{ units(options: { take: 100 }) { items { id name } } }`)).units.items;
  const unitId = (name: string): string => units.find((u) => u.name === name)!.id;
  const ids = {
    cppccBody,
    npcBody,
    cppccSession: current(cppccBody),
    npcSession: current(npcBody),
    units: { housing: unitId("区住房和城乡建设局"), transport: unitId("区交通运输局"), education: unitId("区教育局") },
  };
  for (const [username, role] of [["transport.handler", "UNIT_HANDLER"], ["transport.leader", "UNIT_LEADER"]] as const) {
    await admin.ok(`mutation($input: UserInput!) { createUser(input: $input) { id } }`, {
      input: { username, password: MATRIX_PASSWORD, displayName: `交通局 ${username}`, roles: [role], unitId: ids.units.transport },
    });
  }
  const as = { admin } as Record<Login, GraphQLClient>;
  for (const login of LOGINS) if (login !== "admin") as[login] = await server.login(login, login.startsWith("transport.") ? MATRIX_PASSWORD : undefined);
  const member = await memberOf(as.member);
  const deputy = await memberOf(as.deputy);
  const members = await admin.ok<{ members: { items: Array<{ id: string }> } }>(
    `query($b: ID!) { members(options: { take: 5, filter: { bodyId: $b, active: true } }) { items { id } } }`,
    { b: cppccBody },
  );
  const otherMember = members.members.items.find((m) => m.id !== member)!.id;
  const created = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "矩阵测试") { secret } }`);
  const token = server.client();
  token.bearer = created.createApiToken.secret;
  return { server, today: localDateAt(now), ids: { ...ids, member, otherMember, deputy }, as, token, anonymous: server.client() };
}
