// Fixtures for the item (proposal) tests: a fresh current session per body so demo items cannot
// disturb numbers or counts, member and unit ids of the demo world, and short-cuts to file and
// register items through the API. Assignments are written as rows (the handling mutations are tested
// in their own files): these tests only need an item to have a unit.
import type { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

export interface World {
  cppccBodyId: string;
  npcBodyId: string;
  /** A new current session of each body (term 6, number 1, 2026). */
  sessionId: string;
  npcSessionId: string;
  /** The demo login "member"'s member, then other active CPPCC members. */
  memberId: string;
  otherMemberIds: string[];
  /** The demo login "deputy"'s member. */
  deputyId: string;
  /** 区住房和城乡建设局 (the demo handler's unit) and two others. */
  housingUnitId: string;
  otherUnitIds: string[];
  officeUserId: string;
}

/** 2026-03-10 10:00 in China. */
export const TEST_NOW = "2026-03-10T02:00:00Z";

export async function setupWorld(server: TestServer): Promise<World> {
  server.clock.set(TEST_NOW);
  const admin = await server.login("admin");
  const bodies = await admin.ok<{ bodies: Array<{ id: string; kind: string }> }>(`{ bodies { id kind } }`);
  const cppccBodyId = bodies.bodies.find((b) => b.kind === "CPPCC")!.id;
  const npcBodyId = bodies.bodies.find((b) => b.kind === "PEOPLES_CONGRESS")!.id;
  const newSession = async (bodyId: string): Promise<string> =>
    (await admin.ok<{ createSession: { id: string } }>(
      `mutation($b: ID!) { createSession(input: { bodyId: $b, term: 6, number: 1, year: 2026, isCurrent: true }) { id } }`,
      { b: bodyId },
    )).createSession.id;
  const sessionId = await newSession(cppccBodyId);
  const npcSessionId = await newSession(npcBodyId);
  const viewerMember = async (username: string): Promise<string> =>
    (await (await server.login(username)).ok<{ viewer: { user: { member: { id: string } } } }>(`{ viewer { user { member { id } } } }`)).viewer.user.member.id;
  const memberId = await viewerMember("member");
  const deputyId = await viewerMember("deputy");
  const members = await admin.ok<{ members: { items: Array<{ id: string }> } }>(
    `query($b: ID!) { members(options: { take: 100, filter: { bodyId: $b, active: true } }) { items { id } } }`,
    { b: cppccBodyId },
  );
  const units = await admin.ok<{ units: { items: Array<{ id: string; name: string }> } }>(`{ units(options: { take: 100 }) { items { id name } } }`);
  const housingUnitId = units.units.items.find((u) => u.name === "区住房和城乡建设局")!.id;
  const officeRows: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'office'`);
  return {
    cppccBodyId,
    npcBodyId,
    sessionId,
    npcSessionId,
    memberId,
    otherMemberIds: members.members.items.map((m) => m.id).filter((id) => id !== memberId),
    deputyId,
    housingUnitId,
    otherUnitIds: units.units.items.filter((u) => u.id !== housingUnitId).slice(0, 2).map((u) => u.id),
    officeUserId: officeRows[0]!.id,
  };
}

export const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id status number submittedAt proposers { id } } }`;

export interface SubmitFields {
  sessionId: string;
  proposerIds: string[];
  kind?: string;
  title?: string;
  body?: string;
  category?: string;
  submitterType?: string;
  draft?: boolean;
}

export function submitInput(f: SubmitFields): Record<string, unknown> {
  return {
    kind: "PROPOSAL",
    title: "关于加强老旧小区加装电梯工作的建议",
    body: "我区老旧小区居民老龄化严重，上下楼困难，建议加快推进既有住宅加装电梯。",
    submitterType: f.proposerIds.length > 1 ? "JOINT" : "INDIVIDUAL",
    ...f,
  };
}

/** Files an item and returns its id. */
export async function submit(client: GraphQLClient, f: SubmitFields): Promise<string> {
  return (await client.ok<{ submitProposal: { id: string } }>(SUBMIT, { input: submitInput(f) })).submitProposal.id;
}

export const REGISTER = `mutation($id: ID!, $c: String) { registerProposal(id: $id, category: $c) { id status number category registeredAt } }`;

export async function register(committee: GraphQLClient, id: string, category = "ECONOMY"): Promise<number> {
  return (await committee.ok<{ registerProposal: { number: number } }>(REGISTER, { id, c: category })).registerProposal.number;
}

/** Status, version and event count of an item: what a refused change must leave as it was. */
export async function snapshot(server: TestServer, id: string): Promise<{ status: string; version: number; events: number }> {
  const rows: Array<{ status: string; version: number; events: number }> = await server.dataSource.query(
    `SELECT status, version, (SELECT count(*)::int FROM event e WHERE e.proposal_id = p.id) AS events FROM proposal p WHERE p.id = $1`,
    [id],
  );
  return rows[0]!;
}

export interface AssignmentRow {
  proposalId: string;
  unitId: string;
  role?: "SOLE" | "LEAD" | "CO" | "SPLIT";
  status?: string;
  replyDueOn?: string;
  share?: number | null;
  assignedById: string;
}

/** Writes a live assignment row and moves a REGISTERED item to HANDLING, as assigning would. */
export async function insertAssignment(server: TestServer, a: AssignmentRow): Promise<string> {
  const due = a.replyDueOn ?? "2026-06-10";
  const rows: Array<{ id: string }> = await server.dataSource.query(
    `INSERT INTO assignment (proposal_id, unit_id, role, status, share, assigned_at, assigned_on, return_window_ends_on,
                             co_opinion_due_on, reply_due_on, original_reply_due_on, extension_limit_on, assigned_by_id)
     VALUES ($1, $2, $3, $4, $5, '2026-03-01T02:00:00Z', '2026-03-01', '2026-03-06', $6, $7, $7, '2026-09-01', $8) RETURNING id`,
    [a.proposalId, a.unitId, a.role ?? "SOLE", a.status ?? "PENDING", a.share ?? null, a.role === "CO" ? "2026-04-01" : null, due, a.assignedById],
  );
  await server.dataSource.query(`UPDATE proposal SET status = 'HANDLING' WHERE id = $1 AND status = 'REGISTERED'`, [a.proposalId]);
  return rows[0]!.id;
}

export function sqlCount(result: { headers: Headers }): number {
  return Number(result.headers.get("x-sql-count"));
}
