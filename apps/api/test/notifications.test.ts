// Notifications: each user sees and marks only their own; the item they point at is shown only while
// the viewer may still see it; the list's statement count does not grow with the page.
import type { DataSource } from "typeorm";
import { describeEachDatabase } from "./support/each-database";
import { addAssignment, addItem, loginAs, seedTaskWorld, userId, type TaskWorld } from "./support/task-fixtures";

const LIST = `query($options: NotificationListOptions) { notifications(options: $options) {
  totalItems unreadCount items { id kind title body createdAt readAt assignmentId proposal { id title } } } }`;
const MARK = `mutation($id: ID, $all: Boolean) { markNotificationRead(id: $id, all: $all) }`;

interface Listed {
  notifications: {
    totalItems: number;
    unreadCount: number;
    items: Array<{ id: string; kind: string; title: string; readAt: string | null; assignmentId: string | null; proposal: { id: string; title: string } | null }>;
  };
}

async function addNotification(
  ds: DataSource,
  user: string,
  n: { title: string; kind?: string; at: string; read?: boolean; proposalId?: string; assignmentId?: string },
): Promise<string> {
  const rows: Array<{ id: string }> = await ds.query(
    `INSERT INTO notification (user_id, kind, title, body, proposal_id, assignment_id, created_at, read_at)
     VALUES ($1::uuid, $2::varchar, $3::varchar, '正文', $4::uuid, $5::uuid, $6::timestamptz, CASE WHEN $7::boolean THEN $6::timestamptz END) RETURNING id`,
    [await userId(ds, user), n.kind ?? "REMINDER", n.title, n.proposalId ?? null, n.assignmentId ?? null, n.at, n.read ?? false],
  );
  return rows[0]!.id;
}

const readAtOf = async (ds: DataSource, id: string): Promise<string | null> => (await ds.query(`SELECT read_at FROM notification WHERE id = $1`, [id]))[0].read_at;

describeEachDatabase("notifications", (server) => {
  let w: TaskWorld;
  let ids: Record<string, string>;

  beforeAll(async () => {
    const ds = server().dataSource;
    w = await seedTaskWorld(server());
    ids = {
      first: await addNotification(ds, "handler", { title: "第一条", at: "2025-05-01T01:00:00Z" }),
      second: await addNotification(ds, "handler", { title: "第二条", kind: "DUE_SOON", at: "2025-05-02T01:00:00Z" }),
      readOne: await addNotification(ds, "handler", { title: "已读", at: "2025-05-03T01:00:00Z", read: true }),
      leaders: await addNotification(ds, "unitleader", { title: "领导的", at: "2025-05-04T01:00:00Z" }),
    };
  });

  it("lists only the viewer's own notifications, newest first, with the unread count", async () => {
    const handler = await loginAs(server(), "handler");
    const all = await handler.ok<Listed>(LIST);
    expect(all.notifications).toMatchObject({ totalItems: 3, unreadCount: 2 });
    expect(all.notifications.items.map((n) => n.title)).toEqual(["已读", "第二条", "第一条"]);
    const unread = await handler.ok<Listed>(LIST, { options: { filter: { unread: true }, sort: "CREATED_AT_ASC" } });
    expect(unread.notifications).toMatchObject({ totalItems: 2, unreadCount: 2 });
    expect(unread.notifications.items.map((n) => n.title)).toEqual(["第一条", "第二条"]);
    const unreadFirst = await handler.ok<Listed>(LIST, { options: { sort: "UNREAD_FIRST" } });
    expect(unreadFirst.notifications.items.map((n) => n.title)).toEqual(["第二条", "第一条", "已读"]);
    const dueSoon = await handler.ok<Listed>(LIST, { options: { filter: { kind: "DUE_SOON" } } });
    expect(dueSoon.notifications.items.map((n) => n.title)).toEqual(["第二条"]);
    const paged = await handler.ok<Listed>(LIST, { options: { take: 1, skip: 1 } });
    expect(paged.notifications).toMatchObject({ totalItems: 3, items: [{ title: "第二条" }] });
    const leader = await loginAs(server(), "unitleader");
    expect((await leader.ok<Listed>(LIST)).notifications.items.map((n) => n.title)).toEqual(["领导的"]);
    expect((await (await loginAs(server(), "office")).ok<Listed>(LIST)).notifications.totalItems).toBe(0);
  });

  it("marks one or all of the viewer's notifications read, once", async () => {
    const handler = await loginAs(server(), "handler");
    server().clock.set("2025-05-10T02:00:00Z");
    expect((await handler.ok<{ markNotificationRead: number }>(MARK, { id: ids.first })).markNotificationRead).toBe(1);
    expect(new Date((await readAtOf(server().dataSource, ids.first!))!).toISOString()).toBe("2025-05-10T02:00:00.000Z");
    expect((await handler.ok<{ markNotificationRead: number }>(MARK, { id: ids.first })).markNotificationRead).toBe(0);
    expect((await handler.ok<Listed>(LIST)).notifications.unreadCount).toBe(1);
    expect((await handler.ok<{ markNotificationRead: number }>(MARK, { all: true })).markNotificationRead).toBe(1);
    expect((await handler.ok<Listed>(LIST)).notifications.unreadCount).toBe(0);
    server().clock.reset();
  });

  it("answers another user's notification as missing and changes nothing", async () => {
    const member = await loginAs(server(), "member");
    expect(await member.errorCode(MARK, { id: ids.leaders })).toBe("NOT_FOUND");
    expect(await member.errorCode(MARK, { id: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
    expect(await member.errorCode(MARK, { id: "not-an-id" })).toBe("NOT_FOUND");
    expect(await member.errorCode(MARK, {})).toBe("BAD_USER_INPUT");
    expect(await member.errorCode(MARK, { id: ids.leaders, all: true })).toBe("BAD_USER_INPUT");
    // "all" is the caller's all: the leader's notice stays unread.
    expect((await member.ok<{ markNotificationRead: number }>(MARK, { all: true })).markNotificationRead).toBe(0);
    expect(await readAtOf(server().dataSource, ids.leaders!)).toBeNull();
    expect((await (await loginAs(server(), "unitleader")).ok<Listed>(LIST)).notifications.unreadCount).toBe(1);
  });

  it("refuses API tokens and anonymous callers", async () => {
    const admin = await server().login("admin");
    const { createApiToken } = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "通知读取") { secret } }`);
    const app = server().client();
    app.bearer = createApiToken.secret;
    expect(await app.errorCode(LIST)).toBe("FORBIDDEN");
    expect(await app.errorCode(MARK, { all: true })).toBe("FORBIDDEN");
    expect(await server().client().errorCode(LIST)).toBe("UNAUTHENTICATED");
    expect(await server().client().errorCode(MARK, { id: ids.leaders })).toBe("UNAUTHENTICATED");
    expect(await readAtOf(server().dataSource, ids.leaders!)).toBeNull();
  });

  it("shows the item only while the viewer may see it", async () => {
    const ds = server().dataSource;
    const item = await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, title: "通知指向的提案", proposerIds: [w.otherMemberId] });
    const assignment = await addAssignment(ds, { proposalId: item, unitId: w.housingUnitId, assignedById: w.officeUserId, replyDueOn: "2025-08-01" });
    await addNotification(ds, "handler", { title: "交办", kind: "ASSIGNED", at: "2025-06-01T01:00:00Z", proposalId: item, assignmentId: assignment });
    await addNotification(ds, "member", { title: "别人的提案", at: "2025-06-01T01:00:00Z", proposalId: item });
    const handler = await loginAs(server(), "handler");
    const query = { options: { filter: { kind: "ASSIGNED" } } };
    expect((await handler.ok<Listed>(LIST, query)).notifications.items[0]).toMatchObject({ assignmentId: assignment, proposal: { id: item, title: "通知指向的提案" } });
    // The member is no proposer of the item.
    const member = await loginAs(server(), "member");
    expect((await member.ok<Listed>(LIST, { options: { filter: { unread: true } } })).notifications.items[0]).toMatchObject({ title: "别人的提案", proposal: null });
    // After an approved return the unit no longer sees the item.
    await ds.query(`UPDATE assignment SET status = 'RETURNED', voided_at = now() WHERE id = $1`, [assignment]);
    expect((await handler.ok<Listed>(LIST, query)).notifications.items[0]).toMatchObject({ assignmentId: assignment, proposal: null });
  });

  it("loads the items of a page in one batch", async () => {
    const ds = server().dataSource;
    for (let i = 0; i < 25; i++) {
      const item = await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, title: `批量 ${i}` });
      await addNotification(ds, "office", { title: `批量通知 ${i}`, at: `2025-07-01T01:${String(i).padStart(2, "0")}:00Z`, proposalId: item });
    }
    const office = await loginAs(server(), "office");
    const count = async (take: number): Promise<number> => {
      const result = await office.request(LIST, { options: { take } });
      expect(result.errors).toBeUndefined();
      expect((result.data as unknown as Listed).notifications.items.filter((n) => n.proposal).length).toBe(take);
      return Number(result.headers.get("x-sql-count"));
    };
    const few = await count(2);
    expect(few).toBeGreaterThan(0);
    expect(await count(25)).toBeLessThanOrEqual(few);
  });
});
