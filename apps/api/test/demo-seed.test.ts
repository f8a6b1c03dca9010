// The demo items (DEMO.md): the 2024 session matches the seed report (42 proposals, all replied with
// A, all rated satisfied, all closed), the current sessions hold items in every state with due-soon
// and overdue work relative to the moment of seeding, and the demo logins see their own work. Every
// CHECK constraint held, or seeding would have failed.
import { dueState, localDateAt } from "@jyta/domain";
import { describeEachDatabase } from "./support/each-database";

type Rows = Array<Record<string, unknown>>;

const MY_ITEMS = `query($take: Int!) { proposals(options: { take: $take }) { totalItems items { id title status } } }`;

describeEachDatabase("demo items", (server) => {
  const q = async <T = Rows>(sql: string, params: unknown[] = []): Promise<T> => (await server().dataSource.query(sql, params)) as T;
  const one = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>> => (await q<Rows>(sql, params))[0]!;
  const SESSION_2024 = `(SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE b.kind = 'CPPCC' AND s.year = 2024)`;

  it("seeds 区政协五届四次会议 (2024) as the seed report shows it", async () => {
    const items = await q<Array<{ number: number; status: string; kind: string; category: string; close_reason: string }>>(
      `SELECT number, status, kind, category, close_reason FROM proposal WHERE session_id = ${SESSION_2024} ORDER BY number`,
    );
    expect(items).toHaveLength(42);
    expect(items.map((p) => p.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(new Set(items.map((p) => `${p.kind}/${p.status}/${p.close_reason}`))).toEqual(new Set(["PROPOSAL/CLOSED/FEEDBACK"]));
    expect(new Set(items.map((p) => p.category))).toEqual(
      new Set(["ECONOMY", "URBAN_RURAL", "ENVIRONMENT", "EDUCATION", "HEALTH", "SOCIAL_SECURITY", "CULTURE_TOURISM"]),
    );
    const counter = await one(`SELECT last_number FROM proposal_number_counter WHERE session_id = ${SESSION_2024} AND kind = 'PROPOSAL'`);
    expect(counter.last_number).toBe(42);

    const marks = await one(
      `SELECT count(*) FILTER (WHERE is_number_one)::int AS number_one, count(*) FILTER (WHERE is_key AND supervising_leader IS NOT NULL)::int AS key,
              count(*) FILTER (WHERE submitter_type = 'JOINT')::int AS joint
         FROM proposal WHERE session_id = ${SESSION_2024}`,
    );
    expect(marks).toEqual({ number_one: 1, key: 4, joint: expect.any(Number) });
    expect(marks.joint).toBeGreaterThanOrEqual(10);
    const numberOne = await one(`SELECT title FROM proposal WHERE session_id = ${SESSION_2024} AND is_number_one`);
    expect(numberOne.title).toBe("关于以招商引资为突破口推动产业高质量发展的建议");
  });

  it("gives the seed report's figures for the 2024 session: 42 handled, 100% replied, satisfied and solved", async () => {
    const session = await one(`SELECT id FROM assembly_session WHERE id = ${SESSION_2024}`);
    const office = await server().login("office");
    const figures = await office.ok<{ figures: Record<string, number> }>(
      `query($s: ID!) { figures(scope: { sessionId: $s }) { handled replied replyRate onTimeReplyRate rated satisfactionRate solvedRate communicationRate } }`,
      { s: session.id },
    );
    expect(figures.figures).toEqual({ handled: 42, replied: 42, replyRate: 1, onTimeReplyRate: 1, rated: 42, satisfactionRate: 1, solvedRate: 1, communicationRate: 1 });
  });

  it("handled every 2024 item in all three modes, replied on time with A and rated satisfied", async () => {
    const modes = await q<Array<{ mode: string; n: number }>>(
      `SELECT CASE WHEN bool_or(a.role = 'LEAD') THEN 'LEAD_CO' WHEN bool_or(a.role = 'SPLIT') THEN 'SPLIT' ELSE 'SOLE' END AS mode, count(*)::int AS n
         FROM (SELECT DISTINCT ON (a.proposal_id, a.role) a.* FROM assignment a JOIN proposal p ON p.id = a.proposal_id WHERE p.session_id = ${SESSION_2024}) a
        GROUP BY a.proposal_id`,
    );
    const byMode = modes.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.mode]: (acc[m.mode] ?? 0) + 1 }), {});
    expect(byMode).toEqual({ SOLE: 26, LEAD_CO: 10, SPLIT: 6 });

    const assignments = await one(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE a.assigned_on BETWEEN '2024-02-01' AND '2024-03-31')::int AS in_feb_mar,
              count(*) FILTER (WHERE a.role = 'CO' AND a.status = 'OPINION_SENT' AND a.co_opinion_sent_at::date <= a.co_opinion_due_on
                                 AND a.co_opinion ~ '^滨.+函〔2024〕[0-9]+号')::int AS co_in_time,
              count(*) FILTER (WHERE a.role = 'CO')::int AS co,
              count(*) FILTER (WHERE a.role <> 'CO' AND a.status = 'REPLIED')::int AS replied,
              count(*) FILTER (WHERE a.role <> 'CO')::int AS replying
         FROM assignment a JOIN proposal p ON p.id = a.proposal_id WHERE p.session_id = ${SESSION_2024}`,
    );
    expect(assignments.in_feb_mar).toBe(assignments.n);
    expect(assignments.co_in_time).toBe(assignments.co);
    expect(assignments.co).toBeGreaterThan(0);
    expect(assignments.replied).toBe(assignments.replying);

    const replies = await q<Array<{ status: string; category: string; document_number: string; signer: string | null; contact_name: string | null; on_time: boolean; communicated: boolean }>>(
      `SELECT r.status, r.category, r.document_number, r.signer, r.contact_name,
              (r.sent_at AT TIME ZONE 'Asia/Shanghai')::date <= a.reply_due_on AS on_time,
              EXISTS (SELECT 1 FROM communication c WHERE c.assignment_id = a.id AND c.occurred_on <= (r.sent_at AT TIME ZONE 'Asia/Shanghai')::date) AS communicated
         FROM reply r JOIN assignment a ON a.id = r.assignment_id JOIN proposal p ON p.id = r.proposal_id WHERE p.session_id = ${SESSION_2024}`,
    );
    expect(replies).toHaveLength(Number(assignments.replying));
    for (const r of replies) {
      expect(r).toMatchObject({ status: "SENT", category: "A", on_time: true, communicated: true, signer: expect.any(String), contact_name: expect.any(String) });
      expect(r.document_number).toMatch(/^滨.+提〔2024〕\d+号$/);
    }
    expect(new Set(replies.map((r) => r.document_number)).size).toBe(replies.length);

    // The item's rating is its first proposer's: every reply of every item rated satisfied or basically.
    const unrated = await one(
      `SELECT count(*)::int AS n FROM reply r JOIN proposal p ON p.id = r.proposal_id
         JOIN proposal_proposer pp ON pp.proposal_id = p.id AND pp.position = 1
        WHERE p.session_id = ${SESSION_2024}
          AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.reply_id = r.id AND f.member_id = pp.member_id
                           AND f.result IN ('SATISFIED', 'BASICALLY_SATISFIED') AND f.given_at <= p.closed_at AND f.given_at > r.sent_at)`,
    );
    expect(unrated.n).toBe(0);
    const methods = await q<Array<{ method: string }>>(
      `SELECT DISTINCT c.method FROM communication c JOIN assignment a ON a.id = c.assignment_id JOIN proposal p ON p.id = a.proposal_id WHERE p.session_id = ${SESSION_2024}`,
    );
    expect(methods.map((m) => m.method).sort()).toEqual(["FIELD_SURVEY", "MEETING", "PHONE", "VISIT"]);
  });

  it("has current-session items in every state, with due-soon and overdue work counted from seeding", async () => {
    const statuses = await q<Array<{ status: string; n: number }>>(
      `SELECT p.status, count(*)::int AS n FROM proposal p JOIN assembly_session s ON s.id = p.session_id WHERE s.is_current GROUP BY p.status`,
    );
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({
      DRAFT: 2, SUBMITTED: 4, REGISTERED: 3, NOT_REGISTERED: 1, MERGED: 1, WITHDRAWN: 1, HANDLING: 13, REPLIED: 4, CLOSED: 7,
    });
    const kinds = await q<Array<{ kind: string }>>(`SELECT DISTINCT p.kind FROM proposal p JOIN assembly_session s ON s.id = p.session_id WHERE s.is_current`);
    expect(kinds.map((k) => k.kind).sort()).toEqual(["MICRO_SUGGESTION", "PROPOSAL", "SUGGESTION"]);

    const assignmentStatuses = await q<Array<{ status: string }>>(
      `SELECT DISTINCT a.status FROM assignment a JOIN proposal p ON p.id = a.proposal_id WHERE p.status = 'HANDLING'`,
    );
    expect(assignmentStatuses.map((a) => a.status).sort()).toEqual(["OPINION_SENT", "PENDING", "RECEIVED", "REPLIED", "RETURN_REQUESTED"]);
    const replyStatuses = await q<Array<{ status: string }>>(`SELECT DISTINCT r.status FROM reply r JOIN proposal p ON p.id = r.proposal_id WHERE p.status = 'HANDLING'`);
    expect(replyStatuses.map((r) => r.status).sort()).toEqual(["AWAITING_REVIEW", "AWAITING_SIGNOFF", "DRAFT", "SENT"]);

    const open = await q<Array<{ role: string; reply_due_on: string; co_opinion_due_on: string | null; unit: string }>>(
      `SELECT a.role, a.reply_due_on, a.co_opinion_due_on, u.name AS unit FROM assignment a JOIN unit u ON u.id = a.unit_id
         JOIN proposal p ON p.id = a.proposal_id WHERE p.status = 'HANDLING' AND a.status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED')`,
    );
    const today = localDateAt(new Date());
    const states = open.map((a) => ({ unit: a.unit, state: dueState({ replyDueOn: a.role === "CO" ? a.co_opinion_due_on! : a.reply_due_on, done: false, today, dueSoonDays: 10 }) }));
    expect(states.filter((s) => s.state === "DUE_SOON").length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s.state === "OVERDUE").length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s.unit === "区住房和城乡建设局").map((s) => s.state)).toEqual(expect.arrayContaining(["ON_TRACK", "DUE_SOON", "OVERDUE"]));

    const pending = await one(
      `SELECT (SELECT count(*)::int FROM extension_request WHERE decided_at IS NULL) AS extensions,
              (SELECT count(*)::int FROM return_request WHERE decided_at IS NULL) AS returns,
              (SELECT count(*)::int FROM feedback f JOIN proposal p ON p.id = f.proposal_id WHERE f.result = 'DISSATISFIED' AND p.status = 'REPLIED') AS dissatisfied,
              (SELECT count(*)::int FROM proposal p WHERE p.status = 'CLOSED' AND EXISTS (SELECT 1 FROM reply r WHERE r.proposal_id = p.id AND r.category IN ('B', 'C'))) AS follow_up,
              (SELECT count(*)::int FROM proposal WHERE status = 'NOT_REGISTERED' AND decline_reason_code IS NOT NULL) AS declined`,
    );
    expect(pending).toEqual({ extensions: 1, returns: 1, dissatisfied: 1, follow_up: 3, declined: 1 });
    const merged = await one(`SELECT p.status AS primary_status FROM proposal m JOIN proposal p ON p.id = m.merged_into_id WHERE m.status = 'MERGED'`);
    expect(merged.primary_status).toBe("REGISTERED");
  });

  it("numbers every registered item sequentially per session and kind, and records each state change", async () => {
    const gaps = await q<Rows>(
      `SELECT p.session_id, p.kind, max(p.number) AS top, count(*) AS n, c.last_number
         FROM proposal p JOIN proposal_number_counter c ON c.session_id = p.session_id AND c.kind = p.kind
        WHERE p.number IS NOT NULL GROUP BY p.session_id, p.kind, c.last_number
       HAVING max(p.number) <> count(*) OR max(p.number) <> c.last_number`,
    );
    expect(gaps).toEqual([]);
    // The last status an event recorded for each item is the item's status.
    const mismatched = await q<Rows>(
      `SELECT p.id, p.status, e.after->>'status' AS recorded FROM proposal p
         JOIN LATERAL (SELECT after FROM event WHERE entity_type = 'Proposal' AND entity_id = p.id::text AND after ? 'status' ORDER BY at DESC LIMIT 1) e ON true
        WHERE e.after->>'status' <> p.status`,
    );
    expect(mismatched).toEqual([]);
    const withoutEvents = await one(`SELECT count(*)::int AS n FROM proposal p WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.proposal_id = p.id)`);
    expect(withoutEvents.n).toBe(0);
  });

  it("shows the demo member and deputy their own items, and the handler their unit's", async () => {
    for (const username of ["member", "deputy"]) {
      const expected = await q<Array<{ id: string }>>(
        `SELECT DISTINCT pp.proposal_id AS id FROM proposal_proposer pp JOIN app_user u ON u.member_id = pp.member_id WHERE u.username = $1`,
        [username],
      );
      expect(expected.length).toBeGreaterThanOrEqual(5);
      const client = await server().login(username);
      const seen = await client.ok<{ proposals: { totalItems: number; items: Array<{ id: string }> } }>(MY_ITEMS, { take: 100 });
      expect(seen.proposals.items.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    }
    const housing = await one(
      `SELECT count(DISTINCT a.proposal_id)::int AS n FROM assignment a JOIN unit u ON u.id = a.unit_id WHERE u.name = '区住房和城乡建设局' AND a.voided_at IS NULL`,
    );
    const handler = await server().login("handler");
    const seen = await handler.ok<{ proposals: { totalItems: number } }>(MY_ITEMS, { take: 1 });
    expect(seen.proposals.totalItems).toBe(housing.n);
    expect(Number(housing.n)).toBeGreaterThanOrEqual(15);
  });

  it("gives every working role something to do now", async () => {
    for (const username of ["committee", "npc.committee", "office", "handler", "unitleader", "member", "deputy"]) {
      const client = await server().login(username);
      const tasks = await client.ok<{ myTasks: { groups: Array<{ key: string; count: number }> } }>(`{ myTasks { groups { key count } } }`);
      const open = tasks.myTasks.groups.filter((g) => g.count > 0).map((g) => g.key);
      expect({ username, open: open.length > 0 }).toEqual({ username, open: true });
    }
    const unread = await q<Array<{ username: string; n: number }>>(
      `SELECT u.username, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.read_at IS NULL GROUP BY u.username`,
    );
    expect(Object.fromEntries(unread.map((r) => [r.username, r.n]))).toMatchObject({ handler: 3, unitleader: 1, office: 1, member: 1, deputy: 1 });
  });
}, { demo: true });
