// The workbench (myTasks): per role, what needs the viewer now, within their row rules, with counts,
// the most urgent items and their due states, at a bounded number of SQL statements.
import type { DataSource } from "typeorm";
import { describeEachDatabase } from "./support/each-database";
import {
  addAssignment,
  addExtensionRequest,
  addFeedback,
  addItem,
  addReply,
  addReturnRequest,
  addUnitWithUsers,
  loginAs,
  seedTaskWorld,
  userId,
  type TaskWorld,
} from "./support/task-fixtures";
import type { TestServer } from "./support/test-server";

const MY_TASKS = `{ myTasks { groups { key label count items { proposalId assignmentId number title kind unitName dueOn dueState } } } }`;
/** Monday 2025-06-16, 10:00 in China. */
const NOW = "2025-06-16T02:00:00Z";

interface Item {
  proposalId: string;
  assignmentId: string | null;
  number: number | null;
  title: string;
  kind: string;
  unitName: string | null;
  dueOn: string | null;
  dueState: string | null;
}
interface Group {
  key: string;
  label: string;
  count: number;
  items: Item[];
}

async function tasksOf(server: TestServer, username: string): Promise<Map<string, Group>> {
  const client = await loginAs(server, username);
  const data = await client.ok<{ myTasks: { groups: Group[] } }>(MY_TASKS);
  return new Map(data.myTasks.groups.map((g) => [g.key, g]));
}

const proposalIds = (group: Group | undefined): string[] => (group?.items ?? []).map((i) => i.proposalId).sort();
const sorted = (...ids: string[]): string[] => [...ids].sort();

describeEachDatabase("myTasks: committee, office, leader", (server) => {
  let w: TaskWorld;
  const f: Record<string, string> = {};

  beforeAll(async () => {
    server().clock.set(NOW);
    const ds = server().dataSource;
    w = await seedTaskWorld(server());
    const committeeId = await userId(ds, "committee");
    const item = (fields: Partial<Parameters<typeof addItem>[1]> = {}): Promise<string> =>
      addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds: [w.memberId, w.otherMemberId], ...fields });
    const assign = (proposalId: string, fields: Partial<Parameters<typeof addAssignment>[1]> = {}): Promise<string> =>
      addAssignment(ds, { proposalId, unitId: w.housingUnitId, assignedById: w.officeUserId, replyDueOn: "2025-09-01", ...fields });

    f.submitted = await item({ status: "SUBMITTED", title: "待立案提案" });
    f.npcSubmitted = await item({ status: "SUBMITTED", sessionId: w.npcSessionId, proposerIds: [w.deputyId], title: "待立案建议", kind: "SUGGESTION" });
    f.draft = await item({ status: "DRAFT", createdById: committeeId, enteredById: committeeId, title: "代录草稿" });
    f.registered = await item({ status: "REGISTERED", title: "待交办" });
    f.allReturned = await item({ title: "已退回待重新交办" });
    await assign(f.allReturned, { status: "RETURNED" });
    f.returnAsked = await item({ title: "申请退回" });
    f.returnAskedA = await assign(f.returnAsked, { status: "RETURN_REQUESTED" });
    await addReturnRequest(ds, f.returnAskedA, w.adminUserId);
    f.extensionAsked = await item({ title: "申请延期" });
    f.extensionAskedA = await assign(f.extensionAsked);
    await addExtensionRequest(ds, f.extensionAskedA, w.adminUserId, "2025-10-01");
    f.review = await item({ title: "答复待审核" });
    await addReply(ds, { assignmentId: await assign(f.review), createdById: w.adminUserId, status: "AWAITING_REVIEW" });
    f.coLate = await item({ title: "会办意见逾期" });
    await assign(f.coLate, { role: "LEAD" });
    f.coLateA = await assign(f.coLate, { role: "CO", unitId: (await ds.query(`SELECT id FROM unit WHERE name = '区教育局'`))[0].id, coOpinionDueOn: "2025-06-10" });
    const waived = await item({ title: "会办意见已豁免" });
    await assign(waived, { role: "LEAD" });
    await assign(waived, { role: "CO", unitId: (await ds.query(`SELECT id FROM unit WHERE name = '区财政局'`))[0].id, coOpinionDueOn: "2025-06-10", coOpinionWaived: true });
    f.dissatisfied = await item({ status: "REPLIED", title: "第一提案人不满意" });
    const reply = await addReply(ds, { assignmentId: await assign(f.dissatisfied, { status: "REPLIED" }), createdById: w.adminUserId, status: "SENT" });
    await addFeedback(ds, { replyId: reply, memberId: w.memberId, result: "DISSATISFIED" });
    const secondOnly = await item({ status: "REPLIED", title: "第二提案人不满意" });
    const reply2 = await addReply(ds, { assignmentId: await assign(secondOnly, { status: "REPLIED" }), createdById: w.adminUserId, status: "SENT" });
    await addFeedback(ds, { replyId: reply2, memberId: w.memberId, result: "SATISFIED" });
    await addFeedback(ds, { replyId: reply2, memberId: w.otherMemberId, result: "DISSATISFIED" });
    f.overdue = await item({ title: "超期未答复" });
    f.overdueA = await assign(f.overdue, { replyDueOn: "2025-06-10" });
    f.key = await item({ title: "林涛领办", isKey: true, supervisingLeader: "区领导 林涛" });
    await assign(f.key, { replyDueOn: "2025-06-20" });
    const otherKey = await item({ title: "他人领办", isKey: true, supervisingLeader: "区领导 王某" });
    await assign(otherKey);
  });

  it("gives the office every decision waiting for it", async () => {
    const tasks = await tasksOf(server(), "office");
    expect([...tasks.keys()]).toEqual(["toAssign", "returnsToDecide", "extensionsToDecide", "repliesToReview", "coOpinionsOverdue", "dissatisfied", "overdueAssignments"]);
    expect(tasks.get("toAssign")).toMatchObject({ label: "待交办", count: 2 });
    expect(proposalIds(tasks.get("toAssign"))).toEqual(sorted(f.registered!, f.allReturned!));
    expect(tasks.get("returnsToDecide")).toMatchObject({ count: 1, items: [{ proposalId: f.returnAsked, assignmentId: f.returnAskedA, unitName: "区住房和城乡建设局" }] });
    expect(tasks.get("extensionsToDecide")).toMatchObject({ count: 1, items: [{ proposalId: f.extensionAsked, assignmentId: f.extensionAskedA, dueOn: "2025-09-01", dueState: "ON_TRACK" }] });
    expect(proposalIds(tasks.get("repliesToReview"))).toEqual([f.review]);
    expect(tasks.get("coOpinionsOverdue")).toMatchObject({ count: 1, items: [{ proposalId: f.coLate, assignmentId: f.coLateA, unitName: "区教育局", dueOn: "2025-06-10", dueState: "OVERDUE" }] });
    expect(proposalIds(tasks.get("dissatisfied"))).toEqual([f.dissatisfied]);
    expect(tasks.get("overdueAssignments")).toMatchObject({ count: 1, items: [{ proposalId: f.overdue, assignmentId: f.overdueA, dueOn: "2025-06-10", dueState: "OVERDUE", title: "超期未答复", kind: "PROPOSAL" }] });
    expect(tasks.get("overdueAssignments")!.items[0]!.number).toEqual(expect.any(Number));
  });

  it("gives committee staff their own body's items to register and their drafts", async () => {
    const cppcc = await tasksOf(server(), "committee");
    expect([...cppcc.keys()]).toEqual(["toRegister", "drafts"]);
    expect(cppcc.get("toRegister")).toMatchObject({ label: "待立案", count: 1, items: [{ proposalId: f.submitted, number: null, dueOn: null, dueState: null }] });
    expect(proposalIds(cppcc.get("drafts"))).toEqual([f.draft]);
    const npc = await tasksOf(server(), "npc.committee");
    expect(npc.get("toRegister")).toMatchObject({ count: 1, items: [{ proposalId: f.npcSubmitted, kind: "SUGGESTION" }] });
    expect(npc.get("drafts")!.count).toBe(0);
  });

  it("gives a district leader the key items they lead and the overdue assignments", async () => {
    const tasks = await tasksOf(server(), "leader");
    expect([...tasks.keys()]).toEqual(["keyItems", "overdueAssignments"]);
    expect(tasks.get("keyItems")).toMatchObject({ count: 1, items: [{ proposalId: f.key, assignmentId: null, dueOn: "2025-06-20", dueState: "DUE_SOON" }] });
    expect(proposalIds(tasks.get("overdueAssignments"))).toEqual([f.overdue]);
  });

  it("gives administrators nothing and refuses API tokens", async () => {
    expect((await tasksOf(server(), "admin")).size).toBe(0);
    const admin = await server().login("admin");
    const { createApiToken } = await admin.ok<{ createApiToken: { secret: string } }>(`mutation { createApiToken(name: "待办") { secret } }`);
    const app = server().client();
    app.bearer = createApiToken.secret;
    expect(await app.errorCode(MY_TASKS)).toBe("FORBIDDEN");
    expect(await server().client().errorCode(MY_TASKS)).toBe("UNAUTHENTICATED");
  });
});

describeEachDatabase("myTasks: handling units", (server) => {
  let w: TaskWorld;
  const f: Record<string, string> = {};
  let other: { unitId: string; handler: string; leader: string };

  beforeAll(async () => {
    server().clock.set(NOW);
    const ds: DataSource = server().dataSource;
    w = await seedTaskWorld(server());
    other = await addUnitWithUsers(server(), "区测试局");
    const handlerId = await userId(ds, "handler");
    const item = (title: string, status = "HANDLING"): Promise<string> => addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds: [w.memberId], title, status });
    const assign = (proposalId: string, fields: Partial<Parameters<typeof addAssignment>[1]> = {}): Promise<string> =>
      addAssignment(ds, { proposalId, unitId: w.housingUnitId, assignedById: w.officeUserId, replyDueOn: "2025-09-16", ...fields });

    f.pending = await item("待签收");
    f.pendingA = await assign(f.pending, { status: "PENDING" });
    f.co = await item("待发会办意见");
    await assign(f.co, { role: "LEAD", unitId: other.unitId });
    f.coA = await assign(f.co, { role: "CO", coOpinionDueOn: "2025-06-20" });
    f.noReply = await item("未拟答复且超期");
    f.noReplyA = await assign(f.noReply, { replyDueOn: "2025-06-10" });
    f.freshDraft = await item("草稿未提交");
    await addReply(ds, { assignmentId: await assign(f.freshDraft), createdById: handlerId, status: "DRAFT" });
    f.rework = await item("退回修改");
    await addReply(ds, { assignmentId: await assign(f.rework), createdById: handlerId, status: "DRAFT", reworkCount: 1 });
    f.signOff = await item("待签发");
    f.signOffA = await assign(f.signOff);
    await addReply(ds, { assignmentId: f.signOffA, createdById: handlerId, status: "AWAITING_SIGNOFF" });
    const replied = await item("已答复", "REPLIED");
    await addReply(ds, { assignmentId: await assign(replied, { status: "REPLIED", replyDueOn: "2025-06-01" }), createdById: handlerId, status: "SENT" });
    const returned = await item("已退回");
    await assign(returned, { status: "RETURNED", replyDueOn: "2025-06-01" });
    f.othersPending = await item("他单位待签收");
    await assign(f.othersPending, { unitId: other.unitId, status: "PENDING" });
  });

  it("gives a handler their own unit's work, most urgent first", async () => {
    const tasks = await tasksOf(server(), "handler");
    expect([...tasks.keys()]).toEqual(["toReceive", "opinionsDue", "repliesToDraft", "reworkDrafts", "dueSoon", "overdue"]);
    expect(tasks.get("toReceive")).toMatchObject({ label: "待签收", count: 1, items: [{ proposalId: f.pending, assignmentId: f.pendingA, unitName: "区住房和城乡建设局", dueState: "ON_TRACK" }] });
    expect(tasks.get("opinionsDue")).toMatchObject({ count: 1, items: [{ proposalId: f.co, assignmentId: f.coA, dueOn: "2025-06-20", dueState: "DUE_SOON" }] });
    expect(tasks.get("repliesToDraft")!.items.map((i) => i.proposalId)).toEqual([f.noReply, f.freshDraft]);
    expect(proposalIds(tasks.get("reworkDrafts"))).toEqual([f.rework]);
    expect(tasks.get("dueSoon")).toMatchObject({ count: 1, items: [{ proposalId: f.co, dueOn: "2025-06-20", dueState: "DUE_SOON" }] });
    expect(tasks.get("overdue")).toMatchObject({ count: 1, items: [{ proposalId: f.noReply, assignmentId: f.noReplyA, dueOn: "2025-06-10", dueState: "OVERDUE" }] });
  });

  it("adds the replies to sign off for the unit leader", async () => {
    const tasks = await tasksOf(server(), "unitleader");
    expect([...tasks.keys()]).toEqual(["toReceive", "opinionsDue", "repliesToDraft", "reworkDrafts", "toSignOff", "dueSoon", "overdue"]);
    expect(tasks.get("toSignOff")).toMatchObject({ label: "待签发", count: 1, items: [{ proposalId: f.signOff, assignmentId: f.signOffA }] });
  });

  it("never shows another unit's assignments", async () => {
    const tasks = await tasksOf(server(), other.handler);
    expect(proposalIds(tasks.get("toReceive"))).toEqual([f.othersPending]);
    // Its LEAD assignment on the co-handled item is received and has no reply: that is its only draft.
    expect(proposalIds(tasks.get("repliesToDraft"))).toEqual([f.co]);
    for (const key of ["opinionsDue", "reworkDrafts", "overdue"]) expect(tasks.get(key)!.count).toBe(0);
  });
});

describeEachDatabase("myTasks: members", (server) => {
  let w: TaskWorld;
  const f: Record<string, string> = {};

  beforeAll(async () => {
    server().clock.set(NOW);
    const ds = server().dataSource;
    w = await seedTaskWorld(server());
    const memberUserId = await userId(ds, "member");
    const replied = async (title: string, proposerIds: string[], sentAt: string, fields: Partial<Parameters<typeof addItem>[1]> = {}): Promise<{ item: string; reply: string }> => {
      const item = await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds, title, status: "REPLIED", ...fields });
      const assignment = await addAssignment(ds, { proposalId: item, unitId: w.housingUnitId, assignedById: w.officeUserId, status: "REPLIED", replyDueOn: "2025-07-01" });
      const reply = await addReply(ds, { assignmentId: assignment, createdById: w.adminUserId, status: "SENT", sentAt });
      return { item, reply };
    };
    f.open = (await replied("待评价", [w.memberId], "2025-06-10T03:00:00Z")).item;
    await replied("评价期已过", [w.memberId], "2025-04-01T03:00:00Z");
    const rated = await replied("已评价", [w.otherMemberId, w.memberId], "2025-06-12T03:00:00Z");
    await addFeedback(ds, { replyId: rated.reply, memberId: w.memberId, result: "SATISFIED" });
    f.merged = (await replied("并案主提案", [w.otherMemberId], "2025-06-11T03:00:00Z")).item;
    await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, proposerIds: [w.memberId], title: "被并案", status: "MERGED", mergedIntoId: f.merged });
    await replied("与我无关", [w.otherMemberId], "2025-06-10T03:00:00Z");
    f.draft = await addItem(ds, { sessionId: w.cppccSessionId, createdById: memberUserId, proposerIds: [w.memberId], title: "我的草稿", status: "DRAFT" });
  });

  it("gives a member the replies they may still rate, and their drafts", async () => {
    const tasks = await tasksOf(server(), "member");
    expect([...tasks.keys()]).toEqual(["toRate", "drafts"]);
    // Sent 2025-06-10: 15 working days later (the Dragon Boat holiday was earlier) is 2025-07-01.
    expect(tasks.get("toRate")).toMatchObject({ label: "待评价答复", count: 2 });
    expect(tasks.get("toRate")!.items).toEqual([
      expect.objectContaining({ proposalId: f.open, unitName: "区住房和城乡建设局", dueOn: "2025-07-01", dueState: "ON_TRACK" }),
      expect.objectContaining({ proposalId: f.merged, dueOn: "2025-07-02" }),
    ]);
    expect(tasks.get("toRate")!.items[0]!.assignmentId).toEqual(expect.any(String));
    expect(tasks.get("drafts")).toMatchObject({ count: 1, items: [{ proposalId: f.draft, number: null }] });
  });

  it("closes the window after the feedback period and shows nothing of other members", async () => {
    server().clock.set("2025-07-02T02:00:00Z");
    const later = await tasksOf(server(), "member");
    expect(proposalIds(later.get("toRate"))).toEqual([f.merged]);
    server().clock.set(NOW);
    const deputy = await tasksOf(server(), "deputy");
    expect(deputy.get("toRate")!.count).toBe(0);
    expect(deputy.get("drafts")!.count).toBe(0);
  });
});

describeEachDatabase("myTasks: bounded SQL", (server) => {
  it("costs the same statements for 3 or 40 items, and lists the first 20", async () => {
    server().clock.set(NOW);
    const ds = server().dataSource;
    const w = await seedTaskWorld(server());
    const office = await loginAs(server(), "office");
    const measure = async (): Promise<{ sql: number; group: Group }> => {
      const result = await office.request<{ myTasks: { groups: Group[] } }>(MY_TASKS);
      expect(result.errors).toBeUndefined();
      return { sql: Number(result.headers.get("x-sql-count")), group: result.data!.myTasks.groups.find((g) => g.key === "toAssign")! };
    };
    for (let i = 0; i < 3; i++) await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, status: "REGISTERED", title: `批量 ${i}` });
    const few = await measure();
    expect(few.group.count).toBe(3);
    for (let i = 3; i < 40; i++) await addItem(ds, { sessionId: w.cppccSessionId, createdById: w.adminUserId, status: "REGISTERED", title: `批量 ${i}` });
    const many = await measure();
    expect(many.group.count).toBe(40);
    expect(many.group.items).toHaveLength(20);
    expect(many.sql).toBe(few.sql);
    // principal, rule sets, and one statement per office group
    expect(many.sql).toBeLessThanOrEqual(2 + 7);
  });
});
