// Rows for the workbench, notification and daily-job tests, written straight into the database (the
// handling mutations are tested in their own files): items in any status, assignments, replies,
// feedback and open requests, each respecting the entities' CHECK constraints. A fresh unit with its
// own users keeps one test's counts apart from another's.
import { addCalendarDays, addCalendarMonths } from "@jyta/domain";
import type { DataSource } from "typeorm";
import type { GraphQLClient } from "./graphql-client";
import { TEST_ADMIN_PASSWORD, type TestServer } from "./test-server";

export interface TaskWorld {
  cppccSessionId: string;
  npcSessionId: string;
  /** The demo login "member"'s member, and the demo login "deputy"'s. */
  memberId: string;
  deputyId: string;
  /** Another CPPCC member (no login). */
  otherMemberId: string;
  /** 区住房和城乡建设局, the unit of the demo logins handler and unitleader. */
  housingUnitId: string;
  officeUserId: string;
  adminUserId: string;
}

async function one<T>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await ds.query(sql, params);
  if (!rows[0]) throw new Error(`fixture query returned nothing: ${sql}`);
  return rows[0];
}

/**
 * A small world of its own (the demo's items, notifications and counts would blur these tests): the
 * two bodies with a current session, three units, three members and one login per role under the demo
 * usernames, all with the test administrator's password. For servers started without the demo.
 */
export async function seedTaskWorld(server: TestServer): Promise<TaskWorld> {
  const ds = server.dataSource;
  const body = async (name: string, kind: string): Promise<string> =>
    (await one<{ id: string }>(ds, `INSERT INTO body (name, kind) VALUES ($1, $2) RETURNING id`, [name, kind])).id;
  const cppcc = await body("滨江区政协", "CPPCC");
  const npc = await body("滨江区人大常委会", "PEOPLES_CONGRESS");
  for (const [bodyId, name] of [[cppcc, "五届五次会议"], [npc, "五届人大五次会议"]] as const) {
    await ds.query(`INSERT INTO assembly_session (body_id, name, term, number, year, is_current) VALUES ($1, $2, 5, 5, 2025, true)`, [bodyId, name]);
  }
  const unit = async (name: string): Promise<string> => (await one<{ id: string }>(ds, `INSERT INTO unit (name) VALUES ($1) RETURNING id`, [name])).id;
  const housing = await unit("区住房和城乡建设局");
  await unit("区教育局");
  await unit("区财政局");
  const member = async (bodyId: string, name: string): Promise<string> =>
    (await one<{ id: string }>(ds, `INSERT INTO member (body_id, name) VALUES ($1, $2) RETURNING id`, [bodyId, name])).id;
  const memberId = await member(cppcc, "王委员");
  await member(cppcc, "李委员");
  const deputyId = await member(npc, "赵代表");
  const users: Array<[string, string, string, { unit?: string; member?: string; body?: string }]> = [
    ["committee", "提案委 周敏", "COMMITTEE", { body: cppcc }],
    ["npc.committee", "选联工委 陈晨", "COMMITTEE", { body: npc }],
    ["office", "督查室 李航", "OFFICE", {}],
    ["handler", "住建局 张明（经办人）", "UNIT_HANDLER", { unit: housing }],
    ["unitleader", "住建局 黄立（分管领导）", "UNIT_LEADER", { unit: housing }],
    ["member", "王委员", "MEMBER", { member: memberId }],
    ["deputy", "赵代表", "MEMBER", { member: deputyId }],
    ["leader", "区领导 林涛", "LEADER", {}],
  ];
  for (const [username, displayName, role, links] of users) {
    await ds.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id, member_id, body_id)
       SELECT $1::varchar, $2::varchar, password_hash, ARRAY[$3::varchar], $4::uuid, $5::uuid, $6::uuid FROM app_user WHERE username = 'admin'`,
      [username, displayName, role, links.unit ?? null, links.member ?? null, links.body ?? null],
    );
  }
  return taskWorld(ds);
}

/** A client logged in as a user of the task world (they share the test administrator's password). */
export function loginAs(server: TestServer, username: string): Promise<GraphQLClient> {
  return server.login(username, TEST_ADMIN_PASSWORD);
}

export async function taskWorld(ds: DataSource): Promise<TaskWorld> {
  const session = (kind: string): Promise<{ id: string }> =>
    one(ds, `SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE b.kind = $1 AND s.is_current`, [kind]);
  const user = (username: string): Promise<{ id: string; member_id: string | null; unit_id: string | null }> =>
    one(ds, `SELECT id, member_id, unit_id FROM app_user WHERE username = $1`, [username]);
  const member = await user("member");
  const other = await one<{ id: string }>(
    ds,
    `SELECT m.id FROM member m JOIN body b ON b.id = m.body_id WHERE b.kind = 'CPPCC' AND m.id <> $1 ORDER BY m.name LIMIT 1`,
    [member.member_id],
  );
  return {
    cppccSessionId: (await session("CPPCC")).id,
    npcSessionId: (await session("PEOPLES_CONGRESS")).id,
    memberId: member.member_id!,
    deputyId: (await user("deputy")).member_id!,
    otherMemberId: other.id,
    housingUnitId: (await user("handler")).unit_id!,
    officeUserId: (await user("office")).id,
    adminUserId: (await user("admin")).id,
  };
}

/** A new unit with a handler and a leader who log in like "handler" does (its password hash is copied). */
export async function addUnitWithUsers(server: TestServer, name: string): Promise<{ unitId: string; handler: string; leader: string }> {
  const ds = server.dataSource;
  const unit = await one<{ id: string }>(ds, `INSERT INTO unit (name, kind) VALUES ($1, 'DEPARTMENT') RETURNING id`, [name]);
  const slug = `u${unit.id.slice(0, 8)}`;
  for (const [suffix, role] of [["h", "UNIT_HANDLER"], ["l", "UNIT_LEADER"]] as const) {
    await ds.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id)
       SELECT $1::varchar, $2::varchar, password_hash, ARRAY[$3::varchar], $4::uuid FROM app_user WHERE username = 'handler'`,
      [`${slug}.${suffix}`, `${name} ${role}`, role, unit.id],
    );
  }
  return { unitId: unit.id, handler: `${slug}.h`, leader: `${slug}.l` };
}

export interface ItemFixture {
  sessionId: string;
  createdById: string;
  proposerIds?: string[];
  kind?: "PROPOSAL" | "SUGGESTION" | "MICRO_SUGGESTION";
  status?: string;
  title?: string;
  round?: number;
  isKey?: boolean;
  supervisingLeader?: string | null;
  enteredById?: string | null;
  mergedIntoId?: string | null;
}

const NUMBERED = ["REGISTERED", "HANDLING", "REPLIED", "CLOSED"];

/** An item in any status (numbered when the status needs it), with its proposers in order. */
export async function addItem(ds: DataSource, f: ItemFixture): Promise<string> {
  const status = f.status ?? "HANDLING";
  const kind = f.kind ?? "PROPOSAL";
  const numbered = NUMBERED.includes(status);
  const row = await one<{ id: string }>(
    ds,
    `INSERT INTO proposal (kind, session_id, number, title, body, submitter_type, status, round, is_key, supervising_leader,
                           submitted_at, registered_at, closed_at, close_reason, merged_into_id, entered_by_id, created_by_id)
     VALUES ($1::varchar, $2::uuid,
             CASE WHEN $3::boolean THEN (SELECT COALESCE(max(number), 0) + 1 FROM proposal WHERE session_id = $2::uuid AND kind = $1::varchar) END,
             $4, '正文', 'INDIVIDUAL', $5::varchar, $6, $7, $8,
             CASE WHEN $5::varchar <> 'DRAFT' THEN now() END, CASE WHEN $3::boolean THEN now() END,
             CASE WHEN $5::varchar = 'CLOSED' THEN now() END, CASE WHEN $5::varchar = 'CLOSED' THEN 'FEEDBACK' END, $9::uuid, $10::uuid, $11::uuid)
     RETURNING id`,
    [kind, f.sessionId, numbered, f.title ?? "测试提案", status, f.round ?? 1, f.isKey ?? false, f.supervisingLeader ?? null, f.mergedIntoId ?? null, f.enteredById ?? null, f.createdById],
  );
  let position = 1;
  for (const memberId of f.proposerIds ?? []) {
    await ds.query(`INSERT INTO proposal_proposer (proposal_id, member_id, position) VALUES ($1, $2, $3)`, [row.id, memberId, position++]);
  }
  return row.id;
}

export interface AssignmentFixture {
  proposalId: string;
  unitId: string;
  assignedById: string;
  role?: "SOLE" | "LEAD" | "CO" | "SPLIT";
  status?: string;
  assignedOn?: string;
  replyDueOn: string;
  coOpinionDueOn?: string;
  coOpinionWaived?: boolean;
}

/** An assignment; RETURNED ones are voided, CO ones get a co-opinion due date (one month by default). */
export async function addAssignment(ds: DataSource, f: AssignmentFixture): Promise<string> {
  const role = f.role ?? "SOLE";
  const status = f.status ?? "RECEIVED";
  const assignedOn = f.assignedOn ?? addCalendarMonths(f.replyDueOn, -3);
  const coDue = role === "CO" ? (f.coOpinionDueOn ?? addCalendarMonths(assignedOn, 1)) : null;
  const row = await one<{ id: string }>(
    ds,
    `INSERT INTO assignment (proposal_id, unit_id, role, status, assigned_at, assigned_on, received_at, return_window_ends_on,
                             co_opinion_due_on, reply_due_on, original_reply_due_on, extension_limit_on, voided_at,
                             co_opinion_waived_at, co_opinion_waiver_reason, assigned_by_id)
     VALUES ($1::uuid, $2::uuid, $3::varchar, $4::varchar, $5::date, $5::date, CASE WHEN $4::varchar <> 'PENDING' THEN $5::date END,
             $6::date, $7::date, $8::date, $8::date, $9::date,
             CASE WHEN $4::varchar = 'RETURNED' THEN now() END, CASE WHEN $10::boolean THEN now() END, CASE WHEN $10::boolean THEN '免于会办' END, $11::uuid)
     RETURNING id`,
    [f.proposalId, f.unitId, role, status, assignedOn, addCalendarDays(assignedOn, 7), coDue, f.replyDueOn, addCalendarMonths(f.replyDueOn, 3), f.coOpinionWaived ?? false, f.assignedById],
  );
  return row.id;
}

export interface ReplyFixture {
  assignmentId: string;
  createdById: string;
  status?: "DRAFT" | "AWAITING_SIGNOFF" | "AWAITING_REVIEW" | "SENT";
  round?: number;
  reworkCount?: number;
  category?: string;
  /** ISO instant; SENT replies default to now. */
  sentAt?: string;
}

export async function addReply(ds: DataSource, f: ReplyFixture): Promise<string> {
  const status = f.status ?? "DRAFT";
  const sentAt = status === "SENT" ? (f.sentAt ?? new Date().toISOString()) : null;
  const row = await one<{ id: string }>(
    ds,
    `INSERT INTO reply (proposal_id, assignment_id, unit_id, round, category, content, status, rework_count, sent_at, created_by_id)
     SELECT a.proposal_id, a.id, a.unit_id, $2::int, $3::varchar, '答复正文', $4::varchar, $5::int, $6::timestamptz, $7::uuid FROM assignment a WHERE a.id = $1::uuid
     RETURNING id`,
    [f.assignmentId, f.round ?? 1, f.category ?? "A", status, f.reworkCount ?? 0, sentAt, f.createdById],
  );
  return row.id;
}

export async function addFeedback(ds: DataSource, f: { replyId: string; memberId: string; result: string; round?: number }): Promise<void> {
  await ds.query(
    `INSERT INTO feedback (reply_id, proposal_id, member_id, round, communicated, attitude, result)
     SELECT r.id, r.proposal_id, $2::uuid, $3::int, true, $4::varchar, $4::varchar FROM reply r WHERE r.id = $1::uuid`,
    [f.replyId, f.memberId, f.round ?? 1, f.result],
  );
}

export async function addReturnRequest(ds: DataSource, assignmentId: string, requestedById: string): Promise<void> {
  await ds.query(`INSERT INTO return_request (assignment_id, reason, requested_by_id) VALUES ($1, '不属于本单位职能', $2)`, [assignmentId, requestedById]);
}

export async function addExtensionRequest(ds: DataSource, assignmentId: string, requestedById: string, until: string): Promise<void> {
  await ds.query(`INSERT INTO extension_request (assignment_id, reason, requested_until, requested_by_id) VALUES ($1, '需要更多时间', $2, $3)`, [assignmentId, until, requestedById]);
}

export async function userId(ds: DataSource, username: string): Promise<string> {
  return (await one<{ id: string }>(ds, `SELECT id FROM app_user WHERE username = $1`, [username])).id;
}
