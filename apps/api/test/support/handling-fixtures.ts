// Fixtures for the handling tests (assign → reply → feedback → close): registered items inserted
// directly (number, registeredAt, proposers), extra unit and member logins, the GraphQL documents of
// the flow, and a snapshot of everything a refused mutation must leave unchanged.
import type { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

/** Sessions of the test clock must survive weeks of simulated time. */
export const HANDLING_ENV = { SESSION_IDLE_MINUTES: "100000000", SESSION_ABSOLUTE_HOURS: "10000000" };

/** Monday 2025-03-03, 09:00 in China: the day items are assigned in most tests. */
export const ASSIGN_DAY = "2025-03-03T09:00:00+08:00";

export const UNITS = {
  housing: "区住房和城乡建设局", // the demo's handler / unitleader
  transport: "区交通运输局",
  education: "区教育局",
  civil: "区民政局",
} as const;
export type UnitKey = keyof typeof UNITS;

export interface HandlingWorld {
  unitIds: Record<UnitKey, string>;
  sessionId: string;
  committeeUserId: string;
  /** CPPCC members: [0] is the demo `member` login, [1] `member2`, [2] `member3`. */
  memberIds: string[];
}

async function one<T>(server: TestServer, sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await server.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0];
}

/** Adds a login with the demo password (copied hash: no argon2 work per test). */
async function addUser(server: TestServer, username: string, roles: string[], link: { unitId?: string; memberId?: string }): Promise<void> {
  await server.dataSource.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id, member_id)
     SELECT $1, $1, password_hash, $2::varchar[], $3, $4 FROM app_user WHERE username = 'handler'
     ON CONFLICT (username) DO NOTHING`,
    [username, roles, link.unitId ?? null, link.memberId ?? null],
  );
}

/**
 * The demo ids the tests use, plus handler/leader logins for three more units (`transport.handler`,
 * `transport.leader`, `education.handler`, …) and two more CPPCC member logins (`member2`, `member3`).
 */
export async function handlingWorld(server: TestServer): Promise<HandlingWorld> {
  const unitRows: Array<{ id: string; name: string }> = await server.dataSource.query(`SELECT id, name FROM unit WHERE name = ANY($1)`, [Object.values(UNITS)]);
  const unitIds = Object.fromEntries(
    (Object.keys(UNITS) as UnitKey[]).map((k) => [k, unitRows.find((u) => u.name === UNITS[k])!.id]),
  ) as Record<UnitKey, string>;
  const member = await one<{ member_id: string; body_id: string }>(
    server,
    `SELECT u.member_id, m.body_id FROM app_user u JOIN member m ON m.id = u.member_id WHERE u.username = 'member'`,
  );
  const others: Array<{ id: string }> = await server.dataSource.query(
    `SELECT id FROM member WHERE body_id = $1 AND id <> $2 ORDER BY name, id LIMIT 2`,
    [member.body_id, member.member_id],
  );
  const memberIds = [member.member_id, ...others.map((m) => m.id)];
  const session = await one<{ id: string }>(server, `SELECT id FROM assembly_session WHERE body_id = $1 AND is_current`, [member.body_id]);
  const committee = await one<{ id: string }>(server, `SELECT id FROM app_user WHERE username = 'committee'`);
  for (const key of ["transport", "education", "civil"] as const) {
    await addUser(server, `${key}.handler`, ["UNIT_HANDLER"], { unitId: unitIds[key] });
    await addUser(server, `${key}.leader`, ["UNIT_LEADER"], { unitId: unitIds[key] });
  }
  await addUser(server, "member2", ["MEMBER"], { memberId: memberIds[1] });
  await addUser(server, "member3", ["MEMBER"], { memberId: memberIds[2] });
  return { unitIds, sessionId: session.id, committeeUserId: committee.id, memberIds };
}

export interface ItemOptions {
  title?: string;
  /** Member ids in order; the first is the first proposer. Default: the demo `member`. */
  proposerIds?: string[];
  isKey?: boolean;
  /** Insert as merged into this primary item (status MERGED, no number). */
  mergedIntoId?: string;
}

let titleCounter = 0;

/** A registered CPPCC proposal (REGISTERED, numbered), or a merged one, inserted directly. */
export async function insertItem(server: TestServer, world: HandlingWorld, options: ItemOptions = {}): Promise<string> {
  titleCounter += 1;
  const merged = options.mergedIntoId !== undefined;
  const next = await one<{ n: number }>(server, `SELECT COALESCE(max(number), 0)::int + 1 AS n FROM proposal WHERE session_id = $1 AND kind = 'PROPOSAL'`, [world.sessionId]);
  const proposers = options.proposerIds ?? [world.memberIds[0]!];
  const row = await one<{ id: string }>(
    server,
    `INSERT INTO proposal (kind, session_id, number, title, body, category, submitter_type, status, is_key, submitted_at, registered_at, merged_into_id, created_by_id)
     VALUES ('PROPOSAL', $1, $2, $3, '建议加快推进相关工作，切实解决群众关心的问题。', 'URBAN_RURAL', $4, $5, $6, $7, $7, $8, $9)
     RETURNING id`,
    [
      world.sessionId,
      merged ? null : next.n,
      options.title ?? `关于加快老旧小区加装电梯的提案（${titleCounter}）`,
      proposers.length > 1 ? "JOINT" : "INDIVIDUAL",
      merged ? "MERGED" : "REGISTERED",
      options.isKey ?? false,
      new Date("2025-02-20T09:00:00+08:00"),
      options.mergedIntoId ?? null,
      world.committeeUserId,
    ],
  );
  for (const [i, memberId] of proposers.entries()) {
    await server.dataSource.query(`INSERT INTO proposal_proposer (proposal_id, member_id, position) VALUES ($1, $2, $3)`, [row.id, memberId, i + 1]);
  }
  return row.id;
}

// ---- GraphQL documents of the flow ----

const A = `id status role unitId: unit { id } replyDueOn originalReplyDueOn returnWindowEndsOn coOpinionDueOn dueState reminderCount coOpinion coOpinionWaivedAt availableActions`;
const R = `id status round category content documentNumber reworkCount qualityScore reviewComment sentAt`;

export const Q = {
  assign: `mutation($id: ID!, $a: [AssignmentInput!]!) { assignProposal(id: $id, assignments: $a) { id status round } }`,
  receive: `mutation($id: ID!) { receiveAssignment(id: $id) { ${A} } }`,
  requestReturn: `mutation($id: ID!, $reason: String!) { requestReturn(id: $id, reason: $reason) { ${A} } }`,
  decideReturn: `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideReturn(id: $id, approve: $approve, comment: $comment) { ${A} voidedAt returnRequests { approved comment } } }`,
  requestExtension: `mutation($id: ID!, $until: Date!, $reason: String!) { requestExtension(id: $id, until: $until, reason: $reason) { ${A} extensionRequests { requestedUntil approved } } }`,
  decideExtension: `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideExtension(id: $id, approve: $approve, comment: $comment) { ${A} extensionRequests { requestedUntil approved comment } } }`,
  communicate: `mutation($id: ID!, $input: CommunicationInput!) { logCommunication(assignmentId: $id, input: $input) { id method stage occurredOn summary } }`,
  sendCoOpinion: `mutation($id: ID!, $content: String!) { sendCoOpinion(assignmentId: $id, content: $content) { ${A} } }`,
  waiveCoOpinion: `mutation($id: ID!, $reason: String!) { waiveCoOpinion(assignmentId: $id, reason: $reason) { ${A} } }`,
  saveReply: `mutation($id: ID!, $input: ReplyInput!) { saveReply(assignmentId: $id, input: $input) { ${R} } }`,
  submitReply: `mutation($id: ID!) { submitReply(id: $id) { ${R} } }`,
  signOff: `mutation($id: ID!) { signOffReply(id: $id) { ${R} } }`,
  review: `mutation($id: ID!, $approve: Boolean!, $category: String, $score: Int, $comment: String) { reviewReply(id: $id, approve: $approve, category: $category, qualityScore: $score, comment: $comment) { ${R} } }`,
  feedback: `mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(replyId: $id, input: $input) { id round attitude result member { id } reply { id } } }`,
  rehandle: `mutation($id: ID!, $reason: String!) { orderRehandling(proposalId: $id, reason: $reason) { id status round } }`,
  close: `mutation($id: ID!) { closeProposal(id: $id) { id status closeReason } }`,
  remind: `mutation($id: ID!, $note: String) { remind(assignmentId: $id, note: $note) { id action note } }`,
  supervise: `mutation($id: ID!, $input: SupervisionInput!) { recordSupervision(proposalId: $id, input: $input) { id kind note occurredOn } }`,
  followUpNote: `mutation($id: ID!, $note: String!) { addFollowUpNote(assignmentId: $id, note: $note) { id note isResolution } }`,
  resolveFollowUp: `mutation($id: ID!, $outcome: String!, $on: Date!) { resolveFollowUp(proposalId: $id, outcome: $outcome, achievedOn: $on) { id status followUpResolvedAt followUpOutcome } }`,
} as const;

export const PHONE_CALL = { method: "PHONE", stage: "BEFORE", occurredOn: "2025-03-03", summary: "电话联系提案人，了解具体诉求" };
export const REPLY_A = { category: "A", content: "经研究，已将该小区纳入今年加装电梯计划，并已完成立项。", documentNumber: "滨住建提〔2025〕12号", contact: "张明", contactPhone: "0750-3100001" };
export const SATISFIED = { communicated: true, attitude: "SATISFIED", result: "SATISFIED" };
export const DISSATISFIED = { communicated: true, attitude: "BASICALLY_SATISFIED", result: "DISSATISFIED" };

export interface AssignmentRow {
  id: string;
  unit_id: string;
  role: string;
  status: string;
}

/** The item's live assignments, by role then unit, as stored. */
export async function assignmentsOf(server: TestServer, proposalId: string): Promise<AssignmentRow[]> {
  return server.dataSource.query(`SELECT id, unit_id, role, status FROM assignment WHERE proposal_id = $1 AND voided_at IS NULL ORDER BY role, unit_id`, [proposalId]);
}

export async function assignmentOf(server: TestServer, proposalId: string, unitId: string): Promise<string> {
  const row = (await assignmentsOf(server, proposalId)).find((a) => a.unit_id === unitId);
  if (!row) throw new Error(`no live assignment of unit ${unitId}`);
  return row.id;
}

export async function itemRow(server: TestServer, id: string): Promise<{ status: string; round: number; version: number; close_reason: string | null }> {
  return one(server, `SELECT status, round, version, close_reason FROM proposal WHERE id = $1`, [id]);
}

/** Everything a refused handling mutation must leave as it was (counts over the whole database). */
export async function snapshot(server: TestServer, proposalId: string): Promise<unknown> {
  return one(
    server,
    `SELECT (SELECT row_to_json(p) FROM (SELECT status, version, round, close_reason, follow_up_resolved_at FROM proposal WHERE id = $1) p) AS proposal,
            (SELECT json_agg(json_build_object('id', a.id, 'status', a.status, 'version', a.version, 'due', a.reply_due_on, 'reminders', a.reminder_count,
                     'waived', a.co_opinion_waived_at) ORDER BY a.id) FROM assignment a WHERE a.proposal_id = $1) AS assignments,
            (SELECT json_agg(json_build_object('id', r.id, 'status', r.status, 'version', r.version, 'category', r.category, 'rework', r.rework_count) ORDER BY r.id)
               FROM reply r WHERE r.proposal_id = $1) AS replies,
            (SELECT count(*)::int FROM event) AS events,
            (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM feedback) AS feedback,
            (SELECT count(*)::int FROM communication) AS communications,
            (SELECT count(*)::int FROM return_request) AS return_requests,
            (SELECT count(*)::int FROM extension_request) AS extension_requests,
            (SELECT count(*)::int FROM supervision_event) AS supervision,
            (SELECT count(*)::int FROM follow_up_note) AS follow_up_notes`,
    [proposalId],
  );
}

/** Asserts the call is refused with `code` and changes nothing of the item (or anywhere else). */
export async function expectRefused(
  server: TestServer,
  proposalId: string,
  code: string,
  call: () => Promise<string | undefined>,
): Promise<void> {
  const before = await snapshot(server, proposalId);
  expect(await call()).toBe(code);
  expect(await snapshot(server, proposalId)).toEqual(before);
}

/** Logs in the usual cast of a handling test. */
export async function logins<N extends string>(server: TestServer, names: readonly N[]): Promise<Record<N, GraphQLClient>> {
  const out = {} as Record<N, GraphQLClient>;
  for (const name of names) out[name] = await server.login(name);
  return out;
}
