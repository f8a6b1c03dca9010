// The daily job: due-soon and overdue notices to the right people, once per due date however often it
// runs, expired login sessions purged; and the scheduler that runs it inside the server.
import { randomBytes } from "node:crypto";
import { runDailyJob } from "../src/jobs/daily-job";
import { startDailyJobScheduler, startScheduler } from "../src/jobs/scheduler";
import { describeEachDatabase } from "./support/each-database";
import { addAssignment, addItem, addReply, loginAs, seedTaskWorld, userId, type TaskWorld } from "./support/task-fixtures";

/** Monday 2025-06-16, 10:00 in China. */
const NOW = new Date("2025-06-16T02:00:00Z");
const NEXT_DAY = new Date("2025-06-17T02:00:00Z");

interface NoticeRow {
  kind: string;
  username: string;
  assignment_id: string;
  title: string;
  body: string;
  dedupe_key: string;
}

describeEachDatabase("daily job", (server) => {
  let w: TaskWorld;
  const f: Record<string, string> = {};

  const notices = async (): Promise<NoticeRow[]> =>
    server().dataSource.query(
      `SELECT n.kind, u.username, n.assignment_id, n.title, n.body, n.dedupe_key
         FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind IN ('DUE_SOON', 'OVERDUE') ORDER BY n.kind, u.username`,
    );
  const run = (now: Date): ReturnType<typeof runDailyJob> => runDailyJob(server().dataSource, server().config, now);

  beforeAll(async () => {
    const ds = server().dataSource;
    w = await seedTaskWorld(server());
    const education: string = (await ds.query(`SELECT id FROM unit WHERE name = '区教育局'`))[0].id;
    const item = (title: string, status = "HANDLING"): Promise<string> => addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds: [w.memberId], title, status });
    const assign = (proposalId: string, fields: Partial<Parameters<typeof addAssignment>[1]>): Promise<string> =>
      addAssignment(ds, { proposalId, unitId: w.housingUnitId, assignedById: w.officeUserId, replyDueOn: "2025-09-16", ...fields });

    f.soon = await assign(await item("即将到期"), { replyDueOn: "2025-06-26" }); // 10 days left: still due soon
    f.late = await assign(await item("已超期"), { replyDueOn: "2025-06-15" });
    await assign(await item("远未到期"), { replyDueOn: "2025-06-27" });
    await assign(await item("已答复", "REPLIED"), { status: "REPLIED", replyDueOn: "2025-06-20" });
    await assign(await item("已退回"), { status: "RETURNED", replyDueOn: "2025-06-20" });
    const co = await item("会办");
    await assign(co, { role: "LEAD", unitId: education, replyDueOn: "2025-09-16" });
    await assign(co, { role: "CO", coOpinionDueOn: "2025-06-18" });
  });

  it("tells the unit of due-soon replies and the unit and the office of overdue ones", async () => {
    const result = await run(NOW);
    expect(result).toMatchObject({ today: "2025-06-16", dueSoonNotices: 2, overdueNotices: 3, lapsedFeedbackClosed: 0 });
    const rows = await notices();
    expect(rows.map((r) => [r.kind, r.username, r.assignment_id])).toEqual([
      ["DUE_SOON", "handler", f.soon],
      ["DUE_SOON", "unitleader", f.soon],
      ["OVERDUE", "handler", f.late],
      ["OVERDUE", "office", f.late],
      ["OVERDUE", "unitleader", f.late],
    ]);
    const handlerId = await userId(server().dataSource, "handler");
    expect(rows[0]).toMatchObject({ title: expect.stringMatching(/^即将到期：第\d+号 即将到期$/), body: expect.stringContaining("2025-06-26"), dedupe_key: `due-soon:${f.soon}:2025-06-26:${handlerId}` });
    expect(rows[2]).toMatchObject({ title: expect.stringMatching(/^已超期：/), body: expect.stringContaining("已超期 1 天"), dedupe_key: `overdue:${f.late}:2025-06-15:${handlerId}` });
    // The handler reads them through the API.
    const handler = await loginAs(server(), "handler");
    const listed = await handler.ok<{ notifications: { items: Array<{ kind: string; assignmentId: string; proposal: { title: string } | null }> } }>(
      `{ notifications(options: { filter: { unread: true } }) { items { kind assignmentId proposal { title } } } }`,
    );
    expect(listed.notifications.items).toEqual(expect.arrayContaining([{ kind: "DUE_SOON", assignmentId: f.soon, proposal: { title: "即将到期" } }]));
  });

  it("creates nothing new when run again the same day or the next", async () => {
    const before = await notices();
    expect(await run(NOW)).toMatchObject({ dueSoonNotices: 0, overdueNotices: 0 });
    // The next day the far one enters the window; the others were told already.
    const next = await run(NEXT_DAY);
    expect(next).toMatchObject({ today: "2025-06-17", dueSoonNotices: 2, overdueNotices: 0 });
    expect(await run(NEXT_DAY)).toMatchObject({ dueSoonNotices: 0, overdueNotices: 0 });
    expect((await notices()).length).toBe(before.length + 2);
  });

  it("tells again when an extension moves the due date", async () => {
    await server().dataSource.query(`UPDATE assignment SET reply_due_on = '2025-06-20' WHERE id = $1`, [f.late]);
    expect(await run(NEXT_DAY)).toMatchObject({ dueSoonNotices: 2, overdueNotices: 0 });
    const keys = (await notices()).filter((n) => n.assignment_id === f.late).map((n) => n.dedupe_key.split(":").slice(0, 3).join(":"));
    expect(new Set(keys)).toEqual(new Set([`overdue:${f.late}:2025-06-15`, `due-soon:${f.late}:2025-06-20`]));
  });

  it("closes replied items whose feedback window lapsed, as the system", async () => {
    const ds = server().dataSource;
    const replied = async (title: string, sentAt: string): Promise<string> => {
      const id = await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds: [w.memberId], title, status: "REPLIED" });
      const assignment = await addAssignment(ds, { proposalId: id, unitId: w.housingUnitId, assignedById: w.officeUserId, status: "REPLIED", replyDueOn: "2025-06-30" });
      await addReply(ds, { assignmentId: assignment, createdById: w.adminUserId, status: "SENT", sentAt });
      return id;
    };
    const lapsed = await replied("评价期已过", "2025-05-06T02:00:00Z");
    const open = await replied("评价期内", "2025-06-12T02:00:00Z");
    expect(await run(NOW)).toMatchObject({ lapsedFeedbackClosed: 1 });
    const rows: Array<{ id: string; status: string; close_reason: string | null }> = await ds.query(
      `SELECT id, status, close_reason FROM proposal WHERE id = ANY($1::uuid[])`,
      [[lapsed, open]],
    );
    expect(rows.find((r) => r.id === lapsed)).toMatchObject({ status: "CLOSED", close_reason: "NO_FEEDBACK" });
    expect(rows.find((r) => r.id === open)).toMatchObject({ status: "REPLIED", close_reason: null });
    const events = await ds.query(`SELECT action, actor_id FROM event WHERE proposal_id = $1`, [lapsed]);
    expect(events).toEqual([{ action: "closeOnLapse", actor_id: null }]);
    expect(await run(NOW)).toMatchObject({ lapsedFeedbackClosed: 0 });
  });

  it("purges expired login sessions after the business steps", async () => {
    const ds = server().dataSource;
    const handlerId = await userId(ds, "handler");
    const insert = (expiresAt: Date, lastSeenAt: Date): Promise<unknown> =>
      ds.query(`INSERT INTO login_session (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, $3, $4)`, [randomBytes(32), handlerId, lastSeenAt, expiresAt]);
    await insert(new Date("2025-06-15T00:00:00Z"), new Date("2025-06-14T23:00:00Z")); // expired
    await insert(new Date("2025-06-16T08:00:00Z"), new Date("2025-06-15T20:00:00Z")); // idle too long
    await insert(new Date("2025-06-16T12:00:00Z"), new Date("2025-06-16T01:50:00Z")); // alive
    const count = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM login_session WHERE user_id = $1`, [handlerId]))[0].n;
    const before = await count();
    const result = await run(NOW);
    expect(result.purgedSessions).toBeGreaterThanOrEqual(2);
    expect(await count()).toBe(before - 2);
  });

  it("runs on the server's timer", async () => {
    const ds = server().dataSource;
    const handlerId = await userId(ds, "handler");
    await ds.query(`INSERT INTO login_session (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, $3, $3)`, [randomBytes(32), handlerId, new Date("2025-06-01T00:00:00Z")]);
    const expired = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM login_session WHERE expires_at < '2025-06-02'`))[0].n;
    expect(await expired()).toBe(1);
    const scheduler = startDailyJobScheduler(ds, server().config, { firstDelayMs: 1, intervalMs: 60_000 }, { now: () => NOW });
    for (let i = 0; i < 100 && (await expired()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();
    expect(await expired()).toBe(0);
  });
});

describe("scheduler", () => {
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  it("runs once shortly after start, then on every tick, never overlapping, until stopped", async () => {
    let runs = 0;
    let running = 0;
    let maxRunning = 0;
    const scheduler = startScheduler(
      "test task",
      async () => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await sleep(35);
        running--;
      },
      { firstDelayMs: 5, intervalMs: 10 },
    );
    await sleep(120);
    await scheduler.stop();
    expect(running).toBe(0);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxRunning).toBe(1);
    const stoppedAt = runs;
    await sleep(50);
    expect(runs).toBe(stoppedAt);
  });

  it("keeps going after a failed run", async () => {
    let calls = 0;
    const failures: string[] = [];
    const scheduler = startScheduler(
      "failing task",
      async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
      { firstDelayMs: 1, intervalMs: 5 },
      (name, error) => failures.push(`${name}: ${(error as Error).message}`),
    );
    await sleep(60);
    await scheduler.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(failures.slice(0, 2)).toEqual(["failing task: boom 1", "failing task: boom 2"]);
    expect(failures).toHaveLength(calls);
  });
});
