// Filing items: each kind from submission to registration, drafts, staff entry (代录), decline, and
// every refusal (wrong role, wrong body, someone else's item, bad content) changing nothing.
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";
import { register, REGISTER, setupWorld, snapshot, submit, SUBMIT, submitInput, TEST_NOW, type World } from "./support/proposal-helpers";

const ITEM = `query($id: ID!) { proposal(id: $id) { id kind status number category categoryLabel submitterType submittedAt registeredAt
  declineReason declineReasonCode transferredTo proposers { id } firstProposer { id } session { id } availableActions events { action actor { username } } } }`;
const DECLINE = `mutation($id: ID!, $code: String!, $reason: String!, $to: String) { declineProposal(id: $id, reasonCode: $code, reason: $reason, transferredTo: $to) { status declineReason } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawProposal(id: $id) { status } }`;
const COUNT_ITEMS = `SELECT count(*)::int AS n FROM proposal`;

interface Item {
  id: string;
  status: string;
  number: number | null;
  category: string | null;
  categoryLabel: string | null;
  submittedAt: string | null;
  registeredAt: string | null;
  declineReason: string | null;
  proposers: Array<{ id: string }>;
  firstProposer: { id: string } | null;
  availableActions: string[];
  events: Array<{ action: string; actor: { username: string } | null }>;
}

describeEachDatabase("proposal intake", (server) => {
  let w: World;
  let member: GraphQLClient;
  let deputy: GraphQLClient;
  let committee: GraphQLClient;
  let npcCommittee: GraphQLClient;
  const read = async (client: GraphQLClient, id: string): Promise<Item | null> => (await client.ok<{ proposal: Item | null }>(ITEM, { id })).proposal;
  const countItems = async (): Promise<number> => (await server().dataSource.query(COUNT_ITEMS))[0].n;

  beforeAll(async () => {
    w = await setupWorld(server());
    member = await server().login("member");
    deputy = await server().login("deputy");
    committee = await server().login("committee");
    npcCommittee = await server().login("npc.committee");
  });

  it("takes a 提案 from submission to registration: number, category, notification, events", async () => {
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId], category: "城乡建设与规划" });
    const filed = (await read(member, id))!;
    expect(filed).toMatchObject({ status: "SUBMITTED", number: null, category: "URBAN_RURAL", categoryLabel: "城乡建设与规划", firstProposer: { id: w.memberId } });
    expect(new Date(filed.submittedAt!).toISOString()).toBe(new Date(TEST_NOW).toISOString());
    expect(filed.availableActions).toEqual(["withdraw"]);
    expect(filed.events).toEqual([]); // members see the status, not the timeline

    expect((await read(committee, id))!.availableActions.sort()).toEqual(["decline", "merge", "register"]);
    server().clock.advance(60_000);
    const registered = await committee.ok<{ registerProposal: { status: string; number: number; category: string; registeredAt: string } }>(REGISTER, { id, c: null });
    expect(registered.registerProposal).toMatchObject({ status: "REGISTERED", number: 1, category: "URBAN_RURAL" });
    const office = await server().login("office");
    expect((await read(office, id))!.events.map((e) => [e.action, e.actor?.username])).toEqual([
      ["submit", "member"],
      ["register", "committee"],
    ]);
    const notes = await server().dataSource.query(
      `SELECT n.kind, n.title FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'member' AND n.proposal_id = $1`,
      [id],
    );
    expect(notes).toEqual([{ kind: "REGISTERED", title: expect.stringContaining("编号第1号") }]);
  });

  it.each([
    ["SUGGESTION", "deputy"],
    ["MICRO_SUGGESTION", "deputy"],
  ])("takes a %s of the People's Congress through registration, numbered per kind", async (kind) => {
    const id = await submit(deputy, { sessionId: w.npcSessionId, proposerIds: [w.deputyId], kind });
    expect(await register(npcCommittee, id, "教育")).toBe(1);
    expect(await read(deputy, id)).toMatchObject({ status: "REGISTERED", number: 1, category: "EDUCATION" });
  });

  it("files a joint item; only the first proposer may withdraw it", async () => {
    const [co] = w.otherMemberIds;
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId, co!], submitterType: "JOINT" });
    expect((await read(member, id))!.proposers.map((p) => p.id)).toEqual([w.memberId, co]);
    const admin = await server().login("admin");
    await admin.ok(`mutation($m: ID!) { createUser(input: { username: "co.member", password: "Member-2026", displayName: "联名委员", roles: [MEMBER], memberId: $m }) { id } }`, { m: co });
    const coMember = await server().login("co.member", "Member-2026");
    expect((await read(coMember, id))!.availableActions).toEqual([]);
    const before = await snapshot(server(), id);
    expect(await coMember.errorCode(WITHDRAW, { id })).toBe("FORBIDDEN");
    expect(await snapshot(server(), id)).toEqual(before);
    expect((await member.ok<{ withdrawProposal: { status: string } }>(WITHDRAW, { id })).withdrawProposal.status).toBe("WITHDRAWN");
  });

  it("lets committee staff enter an item for members of their body (代录)", async () => {
    const id = await submit(committee, { sessionId: w.sessionId, proposerIds: [w.otherMemberIds[1]!, w.memberId], submitterType: "JOINT" });
    const rows = await server().dataSource.query(`SELECT p.entered_by_id, u.username FROM proposal p JOIN app_user u ON u.id = p.entered_by_id WHERE p.id = $1`, [id]);
    expect(rows).toEqual([{ entered_by_id: expect.any(String), username: "committee" }]);
    expect((await read(member, id))!.status).toBe("SUBMITTED");
  });

  it("saves, edits and submits a draft that staff cannot see until it is submitted", async () => {
    const draft = await member.ok<{ submitProposal: { id: string; status: string; submittedAt: string | null } }>(SUBMIT, {
      input: submitInput({ sessionId: w.sessionId, proposerIds: [w.memberId], draft: true }),
    });
    const id = draft.submitProposal.id;
    expect(draft.submitProposal).toMatchObject({ status: "DRAFT", submittedAt: null });
    expect((await read(member, id))!.availableActions.sort()).toEqual(["submit", "withdraw"]);
    expect(await read(committee, id)).toBeNull();
    const edited = await member.ok<{ updateDraft: { title: string; category: string } }>(
      `mutation($id: ID!) { updateDraft(id: $id, input: { title: "关于规范共享单车停放的建议", category: "OTHER" }) { title category } }`,
      { id },
    );
    expect(edited.updateDraft).toEqual({ title: "关于规范共享单车停放的建议", category: "OTHER" });
    const submitted = await member.ok<{ submitDraft: { status: string } }>(`mutation($id: ID!) { submitDraft(id: $id) { status } }`, { id });
    expect(submitted.submitDraft.status).toBe("SUBMITTED");
    expect(await read(committee, id)).toMatchObject({ status: "SUBMITTED" });
    const before = await snapshot(server(), id);
    expect(await member.errorCode(`mutation($id: ID!) { updateDraft(id: $id, input: { title: "改" }) { id } }`, { id })).toBe("INVALID_TRANSITION");
    expect(await member.errorCode(`mutation($id: ID!) { submitDraft(id: $id) { id } }`, { id })).toBe("INVALID_TRANSITION");
    expect(await snapshot(server(), id)).toEqual(before);
  });

  it("declines with a reason code the proposers see, optionally transferred", async () => {
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId] });
    const before = await snapshot(server(), id);
    expect(await committee.errorCode(DECLINE, { id, code: "BORING", reason: "x" })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(DECLINE, { id, code: "PERSONAL", reason: "   " })).toBe("BAD_USER_INPUT");
    expect(await snapshot(server(), id)).toEqual(before);
    await committee.ok(DECLINE, { id, code: "PERSONAL", reason: "属个人诉求，建议通过信访渠道反映", to: "委员来信" });
    expect(await read(member, id)).toMatchObject({ status: "NOT_REGISTERED", declineReason: "属个人诉求，建议通过信访渠道反映", declineReasonCode: "PERSONAL", transferredTo: "委员来信" });
    const notes = await server().dataSource.query(`SELECT kind FROM notification WHERE proposal_id = $1`, [id]);
    expect(notes).toEqual([{ kind: "DECLINED" }]);
  });

  it("refuses transitions the status does not allow, changing nothing", async () => {
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId] });
    await register(committee, id);
    const before = await snapshot(server(), id);
    expect(await committee.errorCode(REGISTER, { id, c: "ECONOMY" })).toBe("INVALID_TRANSITION");
    expect(await committee.errorCode(DECLINE, { id, code: "OTHER", reason: "重复" })).toBe("INVALID_TRANSITION");
    expect(await member.errorCode(WITHDRAW, { id })).toBe("INVALID_TRANSITION");
    expect(await snapshot(server(), id)).toEqual(before);
    const counter = await server().dataSource.query(`SELECT last_number FROM proposal_number_counter WHERE session_id = $1 AND kind = 'PROPOSAL'`, [w.sessionId]);
    expect(counter).toEqual([{ last_number: (await read(committee, id))!.number }]);
  });

  it("refuses bad content with field errors and writes nothing", async () => {
    const n = await countItems();
    const bad = async (fields: Partial<Parameters<typeof submitInput>[0]>, field: string): Promise<void> => {
      const result = await member.request(SUBMIT, { input: submitInput({ sessionId: w.sessionId, proposerIds: [w.memberId], ...fields }) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { [field]: expect.any(Array) } });
    };
    await bad({ proposerIds: [w.memberId, w.otherMemberIds[0]!], submitterType: "INDIVIDUAL" }, "proposerIds");
    await bad({ submitterType: "JOINT" }, "proposerIds");
    await bad({ proposerIds: [w.memberId, w.memberId], submitterType: "JOINT" }, "proposerIds");
    await bad({ proposerIds: [w.memberId, w.deputyId], submitterType: "JOINT" }, "proposerIds");
    await bad({ body: "长".repeat(5001) }, "body");
    await bad({ body: "   " }, "body");
    await bad({ category: "天文学" }, "category");
    await bad({ kind: "SUGGESTION" }, "kind");
    await bad({ sessionId: "00000000-0000-4000-8000-000000000000" }, "sessionId");
    // a past session: members file into the current one
    const past = (await server().dataSource.query(`SELECT id FROM assembly_session WHERE body_id = $1 AND term = 5 AND number = 4`, [w.cppccBodyId]))[0].id;
    await bad({ sessionId: past }, "sessionId");
    const admin = await server().login("admin");
    await admin.ok(`mutation($id: ID!) { updateMember(id: $id, input: { active: false }) { active } }`, { id: w.otherMemberIds[5] });
    await bad({ proposerIds: [w.memberId, w.otherMemberIds[5]!], submitterType: "JOINT" }, "proposerIds");
    expect(await countItems()).toBe(n);
  });

  it("refuses to file for others, for another body, or by roles that do not file", async () => {
    const n = await countItems();
    const events = (await server().dataSource.query(`SELECT count(*)::int AS n FROM event`))[0].n;
    const input = (sessionId: string, proposerIds: string[]): { input: Record<string, unknown> } => ({ input: submitInput({ sessionId, proposerIds }) });
    expect(await member.errorCode(SUBMIT, input(w.sessionId, [w.otherMemberIds[0]!]))).toBe("FORBIDDEN");
    expect(await deputy.errorCode(SUBMIT, input(w.sessionId, [w.deputyId]))).toBe("FORBIDDEN");
    expect(await npcCommittee.errorCode(SUBMIT, input(w.sessionId, [w.memberId]))).toBe("FORBIDDEN");
    for (const username of ["office", "handler", "unitleader", "leader", "admin"]) {
      expect(await (await server().login(username)).errorCode(SUBMIT, input(w.sessionId, [w.memberId]))).toBe("FORBIDDEN");
    }
    expect(await server().client().errorCode(SUBMIT, input(w.sessionId, [w.memberId]))).toBe("UNAUTHENTICATED");
    expect(await countItems()).toBe(n);
    expect((await server().dataSource.query(`SELECT count(*)::int AS n FROM event`))[0].n).toBe(events);
  });

  it("refuses registration to the other body's committee and to other roles, changing nothing", async () => {
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId] });
    const before = await snapshot(server(), id);
    expect(await npcCommittee.errorCode(REGISTER, { id, c: "ECONOMY" })).toBe("NOT_FOUND");
    expect(await npcCommittee.errorCode(DECLINE, { id, code: "OTHER", reason: "x" })).toBe("NOT_FOUND");
    for (const username of ["member", "office", "handler", "leader", "admin"]) {
      expect(await (await server().login(username)).errorCode(REGISTER, { id, c: "ECONOMY" })).toBe("FORBIDDEN");
    }
    expect(await committee.errorCode(REGISTER, { id: "00000000-0000-4000-8000-000000000000", c: "ECONOMY" })).toBe("NOT_FOUND");
    expect(await committee.errorCode(REGISTER, { id, c: "天文学" })).toBe("BAD_USER_INPUT");
    expect(await snapshot(server(), id)).toEqual(before);
  });

  it("answers an item the reader may not see exactly like a missing one", async () => {
    const id = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId] });
    const handler = await server().login("handler");
    expect(await read(handler, id)).toBeNull();
    expect(await read(deputy, id)).toBeNull();
    expect(await read(npcCommittee, id)).toBeNull();
    expect(await read(member, "not-a-uuid")).toBeNull();
    expect(await read(member, "00000000-0000-4000-8000-000000000000")).toBeNull();
    for (const username of ["office", "leader", "admin", "committee"]) expect(await read(await server().login(username), id)).not.toBeNull();
  });
}, { demo: true });
