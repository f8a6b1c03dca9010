// The item list (台账): one statement per page whatever its size, filters, sorts, pages, and the row
// rules for the list and for what hangs off each item (assignments, replies, feedback, events).
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";
import { insertAssignment, register, setupWorld, sqlCount, submit, type World } from "./support/proposal-helpers";

const LIST = `query($o: ProposalListOptions) { proposals(options: $o) { totalItems items { id number title status dueState leadUnit { name } proposers { name } } } }`;
const LIST_IDS = `query($o: ProposalListOptions) { proposals(options: $o) { totalItems items { id number } } }`;
const NESTED = `query($o: ProposalListOptions) { proposals(options: $o) { items { id session { name } firstProposer { name } availableActions
  assignments { id role status } replies { id status } feedback { id result } events { action actor { username } } } } }`;

interface Row {
  id: string;
  number: number;
  title: string;
  status: string;
  dueState: string | null;
  leadUnit: { name: string } | null;
  proposers: Array<{ name: string }>;
}
interface ListData {
  proposals: { totalItems: number; items: Row[] };
}

const ITEMS = 55;
const MEMBER_ITEMS = Math.floor((ITEMS + 1) / 3);
const TOPICS = ["加装电梯", "停车难", "垃圾分类", "学前教育", "社区养老", "河道治理", "夜市经济", "智慧医疗", "农村道路", "文旅融合", "菜市场改造"];

describeEachDatabase("proposal list", (server) => {
  let w: World;
  let office: GraphQLClient;
  const ids: string[] = [];
  const named: Record<string, string> = {};
  let housing = "";
  let other0 = "";
  const list = async (client: GraphQLClient, o: Record<string, unknown>): Promise<ListData["proposals"]> => (await client.ok<ListData>(LIST, { o })).proposals;
  const numbers = async (client: GraphQLClient, filter: Record<string, unknown>): Promise<number[]> =>
    (await client.ok<ListData>(LIST_IDS, { o: { take: 100, filter: { sessionId: w.sessionId, ...filter } } })).proposals.items.map((i) => i.number);

  beforeAll(async () => {
    w = await setupWorld(server());
    const committee = await server().login("committee");
    office = await server().login("office");
    for (let i = 0; i < ITEMS; i++) {
      server().clock.advance(60_000); // distinct submission times
      // the demo member files every third item; the others are joint items of other members
      const proposers = i % 3 === 2 ? [w.memberId] : [w.otherMemberIds[i % 7]!, w.otherMemberIds[(i % 7) + 8]!];
      const id = await submit(committee, {
        sessionId: w.sessionId,
        proposerIds: proposers,
        title: `关于${TOPICS[i % TOPICS.length]}问题的建议`,
        category: i % 2 === 0 ? "ECONOMY" : "HEALTH",
      });
      ids.push(id);
      if (i < 50) await register(committee, id, i % 2 === 0 ? "ECONOMY" : "HEALTH");
    }
    const units: Array<{ id: string; name: string }> = await server().dataSource.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [[w.housingUnitId, ...w.otherUnitIds]]);
    housing = units.find((u) => u.id === w.housingUnitId)!.name;
    other0 = units.find((u) => u.id === w.otherUnitIds[0])!.name;
    const by = w.officeUserId;
    // #1 SOLE housing, overdue; #2 LEAD other0 + CO housing, due in 5 days; #3 SPLIT (housing has the larger share), one
    // replied, the open one due in three months; #4 SOLE replied; #5 due in exactly 10 days; #6 in 11 days.
    ["overdue", "dueSoon", "split", "done", "edge10", "edge11"].forEach((name, i) => (named[name] = ids[i]!));
    await insertAssignment(server(), { proposalId: named.overdue!, unitId: w.housingUnitId, replyDueOn: "2026-03-05", assignedById: by });
    await insertAssignment(server(), { proposalId: named.dueSoon!, unitId: w.otherUnitIds[0]!, role: "LEAD", replyDueOn: "2026-03-15", assignedById: by });
    await insertAssignment(server(), { proposalId: named.dueSoon!, unitId: w.housingUnitId, role: "CO", replyDueOn: "2026-03-12", assignedById: by });
    await insertAssignment(server(), { proposalId: named.split!, unitId: w.otherUnitIds[1]!, role: "SPLIT", share: 30, status: "REPLIED", replyDueOn: "2026-03-05", assignedById: by });
    await insertAssignment(server(), { proposalId: named.split!, unitId: w.housingUnitId, role: "SPLIT", share: 70, replyDueOn: "2026-06-10", assignedById: by });
    const doneAssignment = await insertAssignment(server(), { proposalId: named.done!, unitId: w.otherUnitIds[0]!, status: "REPLIED", assignedById: by });
    await insertAssignment(server(), { proposalId: named.edge10!, unitId: w.otherUnitIds[0]!, replyDueOn: "2026-03-20", assignedById: by });
    await insertAssignment(server(), { proposalId: named.edge11!, unitId: w.otherUnitIds[0]!, replyDueOn: "2026-03-21", assignedById: by });
    await server().dataSource.query(`UPDATE proposal SET status = 'REPLIED', is_key = true WHERE id = $1`, [named.done]);
    const reply = await server().dataSource.query(
      `INSERT INTO reply (proposal_id, assignment_id, unit_id, category, content, status, sent_at, created_by_id)
       VALUES ($1, $2, $3, 'A', '已解决', 'SENT', '2026-03-08T02:00:00Z', $4) RETURNING id`,
      [named.done, doneAssignment, w.otherUnitIds[0], by],
    );
    const overdueAssignment = (await server().dataSource.query(`SELECT id FROM assignment WHERE proposal_id = $1`, [named.overdue]))[0].id;
    await server().dataSource.query(
      `INSERT INTO reply (proposal_id, assignment_id, unit_id, category, content, status, created_by_id) VALUES ($1, $2, $3, 'B', '草稿', 'DRAFT', $4)`,
      [named.overdue, overdueAssignment, w.housingUnitId, by],
    );
    await server().dataSource.query(
      `INSERT INTO feedback (reply_id, proposal_id, member_id, communicated, attitude, result) VALUES ($1, $2, $3, true, 'SATISFIED', 'SATISFIED')`,
      [reply[0].id, named.done, w.otherMemberIds[3]],
    );
  });

  it("fetches a page of 5 or 50 with lead units and proposers in at most 2 statements", async () => {
    // a fresh login: a session last seen long ago costs one more statement (its touch) on its next request
    const reader = await server().login("office");
    for (const take of [5, 50]) {
      const result = await reader.request<ListData>(LIST, { o: { take, filter: { sessionId: w.sessionId } } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.proposals.items).toHaveLength(take);
      expect(result.data!.proposals.totalItems).toBe(ITEMS);
      expect(sqlCount(result)).toBeLessThanOrEqual(2);
    }
  });

  it("loads what hangs off 50 items in one statement per relation, not per row", async () => {
    const small = await office.request(NESTED, { o: { take: 3, filter: { sessionId: w.sessionId } } });
    const large = await office.request(NESTED, { o: { take: 50, filter: { sessionId: w.sessionId } } });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(sqlCount(large)).toBeLessThanOrEqual(sqlCount(small));
    // the session, the list, then one per relation (row facts and the reassign guard for
    // availableActions, assignments, replies, feedback, events, their actors)
    expect(sqlCount(large)).toBeLessThanOrEqual(9);
  });

  it("names the lead unit and the due state of each item", async () => {
    const page = await list(office, { take: 8, filter: { sessionId: w.sessionId } });
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(named.overdue!)).toMatchObject({ leadUnit: { name: housing }, dueState: "OVERDUE" });
    expect(byId.get(named.dueSoon!)).toMatchObject({ leadUnit: { name: other0 }, dueState: "DUE_SOON" });
    expect(byId.get(named.split!)).toMatchObject({ leadUnit: { name: housing }, dueState: "ON_TRACK" });
    expect(byId.get(named.done!)).toMatchObject({ dueState: "DONE" });
    expect(byId.get(named.edge10!)).toMatchObject({ dueState: "DUE_SOON" });
    expect(byId.get(named.edge11!)).toMatchObject({ dueState: "ON_TRACK" });
    expect(byId.get(ids[6]!)).toMatchObject({ leadUnit: null, dueState: null });
    // the same values through the loaders, outside the list
    const one = await office.ok<{ proposal: { leadUnit: { name: string }; dueState: string; proposers: Array<{ name: string }> } }>(
      `query($id: ID!) { proposal(id: $id) { leadUnit { name } dueState proposers { name } } }`,
      { id: named.dueSoon },
    );
    expect(one.proposal).toMatchObject({ leadUnit: { name: other0 }, dueState: "DUE_SOON", proposers: byId.get(named.dueSoon!)!.proposers });
  });

  it("filters by due state, unit, status, category, key flag, proposer, year, body, kind, text and replied", async () => {
    expect(await numbers(office, { dueState: "OVERDUE" })).toEqual([1]);
    expect(await numbers(office, { dueState: "DUE_SOON" })).toEqual([2, 5]);
    expect(await numbers(office, { dueState: "ON_TRACK" })).toEqual([3, 6]);
    expect(await numbers(office, { dueState: "DONE" })).toEqual([4]);
    expect(await numbers(office, { unitId: w.housingUnitId })).toEqual([1, 2, 3]);
    expect(await numbers(office, { status: ["HANDLING", "REPLIED"] })).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await numbers(office, { status: ["SUBMITTED"] })).toEqual([null, null, null, null, null]);
    expect((await numbers(office, { category: "HEALTH" })).length).toBe(Math.floor(ITEMS / 2));
    expect(await numbers(office, { isKey: true })).toEqual([4]);
    expect(await numbers(office, { replied: true })).toEqual([4]);
    expect((await numbers(office, { replied: false })).length).toBe(ITEMS - 1);
    expect((await numbers(office, { proposerId: w.memberId })).length).toBe(MEMBER_ITEMS);
    expect(await numbers(office, { search: "河道治理" })).toEqual([6, 17, 28, 39, 50]);
    expect(await numbers(office, { search: "17" })).toEqual([17]);
    expect(await numbers(office, { search: "100%_" })).toEqual([]);
    expect((await numbers(office, { year: 2026, bodyId: w.cppccBodyId, kind: "PROPOSAL" })).length).toBe(ITEMS);
    expect(await numbers(office, { year: 2025 })).toEqual([]);
    expect(await numbers(office, { kind: "SUGGESTION" })).toEqual([]);
    expect(await office.errorCode(LIST, { o: { filter: { unitId: "not-a-uuid" } } })).toBe("BAD_USER_INPUT");
  });

  it("sorts and pages stably, with the total on every page", async () => {
    const all = (await list(office, { take: 100, filter: { sessionId: w.sessionId } })).items;
    expect(all.map((i) => i.number)).toEqual([...Array.from({ length: 50 }, (_, i) => i + 1), null, null, null, null, null]);
    const pages: Row[] = [];
    for (let skip = 0; skip < ITEMS; skip += 20) {
      const page = await list(office, { skip, take: 20, filter: { sessionId: w.sessionId } });
      expect(page.totalItems).toBe(ITEMS);
      pages.push(...page.items);
    }
    expect(pages.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(await list(office, { skip: 200, take: 20, filter: { sessionId: w.sessionId } })).toEqual({ totalItems: ITEMS, items: [] });

    const desc = (await list(office, { take: 100, sort: "NUMBER_DESC", filter: { sessionId: w.sessionId } })).items.map((i) => i.number);
    expect(desc.slice(0, 3)).toEqual([50, 49, 48]);
    const titles = (await list(office, { take: 100, sort: "TITLE_ASC", filter: { sessionId: w.sessionId } })).items.map((i) => i.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const submitted = (await list(office, { take: 3, sort: "SUBMITTED_AT_DESC", filter: { sessionId: w.sessionId } })).items.map((i) => i.id);
    expect(submitted).toEqual(ids.slice(-3).reverse());
    const registered = (await list(office, { take: 2, sort: "REGISTERED_AT_DESC", filter: { sessionId: w.sessionId } })).items.map((i) => i.number);
    expect(registered).toEqual([50, 49]);
    expect((await list(office, { take: 5, sort: "UPDATED_AT_DESC", filter: { sessionId: w.sessionId } })).items).toHaveLength(5);
    expect(await office.errorCode(LIST, { o: { take: 101 } })).toBe("BAD_USER_INPUT");
  });

  it("lists for each role only the items it may see", async () => {
    const handler = await server().login("handler");
    const seen = await list(handler, { take: 100, filter: { sessionId: w.sessionId } });
    expect(seen.items.map((i) => i.number).sort()).toEqual([1, 2, 3]);
    expect(seen.totalItems).toBe(3);
    const member = await server().login("member");
    expect((await list(member, { take: 100, filter: { sessionId: w.sessionId } })).totalItems).toBe(MEMBER_ITEMS);
    expect((await list(await server().login("npc.committee"), { take: 100, filter: { sessionId: w.sessionId } })).totalItems).toBe(0);
    expect((await list(await server().login("committee"), { take: 100, filter: { sessionId: w.sessionId } })).totalItems).toBe(ITEMS);
    expect((await list(await server().login("deputy"), { take: 100, filter: { sessionId: w.sessionId } })).totalItems).toBe(0);
  });

  it("shows nested rows by the reader's rules: all assignments, sent replies, own feedback, no timeline for members", async () => {
    const NEST = `query($id: ID!) { proposal(id: $id) { assignments { role status } replies { status } feedback { result } events { action } } }`;
    type Nest = { proposal: { assignments: Array<{ role: string }>; replies: Array<{ status: string }>; feedback: unknown[]; events: unknown[] } | null };
    const handler = await server().login("handler");
    const co = await handler.ok<Nest>(NEST, { id: named.dueSoon });
    expect(co.proposal!.assignments.map((a) => a.role)).toEqual(["LEAD", "CO"]);
    expect((await handler.ok<Nest>(NEST, { id: named.overdue })).proposal!.replies).toEqual([{ status: "DRAFT" }]); // its own draft
    expect((await office.ok<Nest>(NEST, { id: named.overdue })).proposal!.replies).toEqual([{ status: "DRAFT" }]);
    expect((await (await server().login("committee")).ok<Nest>(NEST, { id: named.overdue })).proposal!.replies).toEqual([]);
    const mine = await (await server().login("member")).ok<Nest>(NEST, { id: named.done });
    expect(mine.proposal).toBeNull(); // #4 is not the demo member's item
    const admin = await server().login("admin");
    await admin.ok(`mutation($m: ID!) { createUser(input: { username: "rater", password: "Member-2026", displayName: "评价委员", roles: [MEMBER], memberId: $m }) { id } }`, { m: w.otherMemberIds[3] });
    await admin.ok(`mutation($m: ID!) { createUser(input: { username: "bystander", password: "Member-2026", displayName: "联名委员", roles: [MEMBER], memberId: $m }) { id } }`, { m: w.otherMemberIds[11] });
    const rater = await (await server().login("rater", "Member-2026")).ok<Nest>(NEST, { id: named.done });
    expect(rater.proposal).toMatchObject({ replies: [{ status: "SENT" }], feedback: [{ result: "SATISFIED" }], events: [] });
    const coProposer = await (await server().login("bystander", "Member-2026")).ok<Nest>(NEST, { id: named.done });
    expect(coProposer.proposal).toMatchObject({ replies: [{ status: "SENT" }], feedback: [] });
    expect((await office.ok<Nest>(NEST, { id: named.done })).proposal!.events.length).toBeGreaterThan(0);
  });
}, { demo: true });
