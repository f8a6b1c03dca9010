// Scenario builders of the administration mutations (bodies, sessions, members, units, users, tokens,
// calendar, rules) and of the per-person ones (changePassword, markNotificationRead). Rows that an
// allowed call would change are made fresh (a new body, unit, user …), never the demo's own.
import { Role } from "@jyta/domain";
import type { Caller } from "./cells";
import { field, type Prepared, type Scenario } from "./scenario";
import { MATRIX_PASSWORD, nextTag, type World } from "./world";

const id = (data: Record<string, unknown>, name: string): string => field<{ id: string }>(data, name).id;

async function freshBody(w: World): Promise<string> {
  const data = await w.as.admin.ok(`mutation($input: BodyInput!) { createBody(input: $input) { id } }`, { input: { name: `矩阵测试政协${nextTag()}`, kind: "CPPCC" } });
  return id(data, "createBody");
}

async function freshMember(w: World, bodyId: string): Promise<string> {
  const data = await w.as.admin.ok(`mutation($input: MemberInput!) { createMember(input: $input) { id } }`, { input: { bodyId, name: `委员${nextTag()}` } });
  return id(data, "createMember");
}

async function freshUnit(w: World): Promise<string> {
  const data = await w.as.admin.ok(`mutation($input: UnitInput!) { createUnit(input: $input) { id } }`, { input: { name: `矩阵测试局${nextTag()}` } });
  return id(data, "createUnit");
}

/** The links a user of `role` needs (the demo's body, unit and member). */
function linksOf(w: World, role: Role): Record<string, string> {
  if (role === Role.COMMITTEE) return { bodyId: w.ids.cppccBody };
  if (role === Role.UNIT_HANDLER || role === Role.UNIT_LEADER) return { unitId: w.ids.units.housing };
  if (role === Role.MEMBER) return { memberId: w.ids.member };
  return {};
}

async function freshUser(w: World, role: Role): Promise<{ id: string; username: string }> {
  const username = `matrix.${role.toLowerCase().replace("_", "-")}.${nextTag()}`;
  const data = await w.as.admin.ok(`mutation($input: UserInput!) { createUser(input: $input) { id } }`, {
    input: { username, password: MATRIX_PASSWORD, displayName: `矩阵 ${role}`, roles: [role], ...linksOf(w, role) },
  });
  return { id: id(data, "createUser"), username };
}

const personRole = (caller: Caller): Role => (caller === "LOGGED_OUT" || caller === Role.API_CLIENT ? Role.LEADER : caller);

const NEW_PASSWORD = "Matrix-Passw0rd-2026";

export const ADMIN_SCENARIOS: Scenario[] = [
  {
    operation: "changePassword",
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }`,
    row: "none",
    // The caller's own password: an allowed cell acts as a fresh user of its role, not the demo login.
    async prepare(w, t): Promise<Prepared> {
      const user = await freshUser(w, personRole(t.caller));
      return { vars: { input: { currentPassword: MATRIX_PASSWORD, newPassword: NEW_PASSWORD } }, as: await w.server.login(user.username, MATRIX_PASSWORD), ref: user.username };
    },
    async check(_data, prepared, w) {
      // The new password logs in (login throws on failure).
      const again = await w.server.login(prepared.ref!, NEW_PASSWORD);
      expect(again.hasSession).toBe(true);
    },
  },
  {
    operation: "markNotificationRead",
    document: `mutation { markNotificationRead(all: true) }`,
    row: "none",
    prepare: async () => ({ vars: {} }),
    check: (data) => expect(typeof field<number>(data, "markNotificationRead")).toBe("number"),
  },
  {
    operation: "createBody",
    document: `mutation($input: BodyInput!) { createBody(input: $input) { id name } }`,
    row: "none",
    prepare: async () => ({ vars: { input: { name: `矩阵测试人大${nextTag()}`, kind: "PEOPLES_CONGRESS" } } }),
  },
  {
    operation: "updateBody",
    document: `mutation($id: ID!, $input: BodyUpdateInput!) { updateBody(id: $id, input: $input) { id name } }`,
    row: "none",
    prepare: async (w) => ({ vars: { id: await freshBody(w), input: { name: `矩阵测试改名${nextTag()}` } } }),
  },
  {
    operation: "createSession",
    document: `mutation($input: SessionInput!) { createSession(input: $input) { id } }`,
    row: "none",
    prepare: async (w) => ({ vars: { input: { bodyId: await freshBody(w), term: 1, number: 1, year: 2030 } } }),
  },
  {
    operation: "updateSession",
    document: `mutation($id: ID!, $input: SessionUpdateInput!) { updateSession(id: $id, input: $input) { id name } }`,
    row: "none",
    async prepare(w) {
      const bodyId = await freshBody(w);
      const data = await w.as.admin.ok(`mutation($b: ID!) { createSession(input: { bodyId: $b, term: 1, number: 1, year: 2030 }) { id } }`, { b: bodyId });
      return { vars: { id: id(data, "createSession"), input: { name: `一届一次会议（矩阵${nextTag()}）` } } };
    },
  },
  {
    operation: "createMember",
    document: `mutation($input: MemberInput!) { createMember(input: $input) { id body { id } } }`,
    // Committee staff keep their own body's roll; another body is visible reference data.
    row: "reference",
    prepare: async (w, t) => ({ vars: { input: { bodyId: t.variant === "other" ? w.ids.npcBody : w.ids.cppccBody, name: `新委员${nextTag()}` } } }),
  },
  {
    operation: "updateMember",
    document: `mutation($id: ID!, $input: MemberUpdateInput!) { updateMember(id: $id, input: $input) { id workplace } }`,
    row: "reference",
    prepare: async (w, t) => ({ vars: { id: await freshMember(w, t.variant === "other" ? w.ids.npcBody : w.ids.cppccBody), input: { workplace: `单位${nextTag()}` } } }),
  },
  {
    operation: "createUnit",
    document: `mutation($input: UnitInput!) { createUnit(input: $input) { id } }`,
    row: "none",
    prepare: async () => ({ vars: { input: { name: `矩阵测试中心${nextTag()}` } } }),
  },
  {
    operation: "updateUnit",
    document: `mutation($id: ID!, $input: UnitUpdateInput!) { updateUnit(id: $id, input: $input) { id contactName } }`,
    row: "none",
    prepare: async (w) => ({ vars: { id: await freshUnit(w), input: { contactName: "王芳" } } }),
  },
  {
    operation: "createUser",
    document: `mutation($input: UserInput!) { createUser(input: $input) { id } }`,
    row: "none",
    prepare: async () => ({ vars: { input: { username: `matrix.new.${nextTag()}`, password: MATRIX_PASSWORD, displayName: "新用户", roles: ["LEADER"] } } }),
  },
  {
    operation: "updateUser",
    document: `mutation($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { id displayName } }`,
    row: "none",
    prepare: async (w) => ({ vars: { id: (await freshUser(w, Role.LEADER)).id, input: { displayName: `区领导${nextTag()}` } } }),
  },
  {
    operation: "createApiToken",
    document: `mutation($name: String!) { createApiToken(name: $name) { secret token { id } } }`,
    row: "none",
    prepare: async () => ({ vars: { name: `其他应用${nextTag()}` } }),
  },
  {
    operation: "revokeApiToken",
    document: `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
    row: "none",
    async prepare(w) {
      const data = await w.as.admin.ok(`mutation($n: String!) { createApiToken(name: $n) { token { id } } }`, { n: `待撤销${nextTag()}` });
      return { vars: { id: field<{ token: { id: string } }>(data, "createApiToken").token.id } };
    },
    check: (data) => expect(field<{ revokedAt: string | null }>(data, "revokeApiToken").revokedAt).not.toBeNull(),
  },
  {
    operation: "setHoliday",
    document: `mutation($date: Date!, $kind: CalendarDayKind, $name: String) { setHoliday(date: $date, kind: $kind, name: $name) { date kind } }`,
    row: "none",
    // Far-future dates: no deadline of the run is computed across them.
    prepare: async () => ({ vars: { date: `2150-03-${String(10 + (nextTag() % 18)).padStart(2, "0")}`, kind: "HOLIDAY", name: "矩阵测试假日" } }),
  },
  {
    operation: "updateRuleSet",
    document: `mutation($kind: ProposalKind!, $input: RuleSetInput!) { updateRuleSet(kind: $kind, input: $input) { kind version } }`,
    row: "none",
    // 微建议 rules: no item of the run is of that kind.
    async prepare(w) {
      const data = await w.as.admin.ok<{ ruleSets: Array<{ kind: string; version: number; dueSoonDays: number }> }>(`{ ruleSets { kind version dueSoonDays } }`);
      const micro = data.ruleSets.find((r) => r.kind === "MICRO_SUGGESTION")!;
      return { vars: { kind: "MICRO_SUGGESTION", input: { version: micro.version, dueSoonDays: micro.dueSoonDays === 10 ? 9 : 10 } } };
    },
  },
];
