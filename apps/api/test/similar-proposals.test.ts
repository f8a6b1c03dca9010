// Merge hints: near-duplicates of an item in its session and the body's earlier sessions, best first,
// never itself, never drafts, withdrawn items or another body's items; only staff of the body and
// readers may ask.
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";
import { setupWorld, submit, type World } from "./support/proposal-helpers";

const SIMILAR = `query($id: ID!, $limit: Int) { similarProposals(id: $id, limit: $limit) { score proposal { id title } } }`;

const ELEVATOR = {
  title: "关于加快老旧小区加装电梯的建议",
  body: "我区老旧小区多建于上世纪八九十年代，居民老龄化严重，上下楼困难，建议政府加大财政补贴力度，简化审批流程，加快推进既有住宅加装电梯工作。",
};
const NEAR = {
  title: "关于推进老旧小区加装电梯工作的建议",
  body: "老旧小区居民老龄化严重，上下楼十分困难。建议加大财政补贴，简化加装电梯审批流程，推进既有住宅加装电梯。",
};
const LAST_YEAR = { title: "关于老旧小区加装电梯的提案", body: "老旧小区居民上下楼困难，建议加大补贴力度，简化审批流程，加快推进加装电梯。" };
const UNRELATED = { title: "关于发展夜间经济激活消费的建议", body: "建议在滨江沿岸规划夜市街区，丰富夜间文旅消费业态，完善夜间公共交通与停车配套，激发城市消费活力。" };

interface Hint {
  score: number;
  proposal: { id: string; title: string };
}

describeEachDatabase("similar proposals", (server) => {
  let w: World;
  let committee: GraphQLClient;
  const item: Record<string, string> = {};
  const hints = async (client: GraphQLClient, id: string, limit?: number): Promise<Hint[]> =>
    (await client.ok<{ similarProposals: Hint[] }>(SIMILAR, { id, limit })).similarProposals;

  beforeAll(async () => {
    w = await setupWorld(server());
    committee = await server().login("committee");
    const file = (client: GraphQLClient, sessionId: string, text: { title: string; body: string }, proposer: string, extra: Record<string, unknown> = {}): Promise<string> =>
      submit(client, { sessionId, proposerIds: [proposer], ...text, ...extra });
    item.target = await file(committee, w.sessionId, ELEVATOR, w.otherMemberIds[0]!);
    item.near = await file(committee, w.sessionId, NEAR, w.otherMemberIds[1]!);
    item.unrelated = await file(committee, w.sessionId, UNRELATED, w.otherMemberIds[2]!);
    const lastYear: Array<{ id: string }> = await server().dataSource.query(`SELECT id FROM assembly_session WHERE body_id = $1 AND year = 2025`, [w.cppccBodyId]);
    item.lastYear = await file(committee, lastYear[0]!.id, LAST_YEAR, w.otherMemberIds[3]!);
    item.draft = await file(committee, w.sessionId, NEAR, w.otherMemberIds[4]!, { draft: true });
    const member = await server().login("member");
    item.withdrawn = await file(member, w.sessionId, NEAR, w.memberId);
    await member.ok(`mutation($id: ID!) { withdrawProposal(id: $id) { status } }`, { id: item.withdrawn });
    item.otherBody = await file(await server().login("npc.committee"), w.npcSessionId, NEAR, w.deputyId, { kind: "SUGGESTION" });
  });

  it("ranks near-duplicates of this and earlier sessions best first, leaving out the rest", async () => {
    // The demo world has items of its own in the earlier sessions (some about lifts too): only the
    // relative order of ours and what must never appear are asserted.
    const found = await hints(committee, item.target!);
    const ids = found.map((h) => h.proposal.id);
    expect(ids).toContain(item.near);
    expect(ids).toContain(item.lastYear);
    expect(ids.indexOf(item.near!)).toBeLessThan(ids.indexOf(item.lastYear!));
    for (const excluded of [item.target, item.unrelated, item.draft, item.withdrawn, item.otherBody]) expect(ids).not.toContain(excluded);
    expect(found.map((h) => h.score)).toEqual([...found.map((h) => h.score)].sort((a, b) => b - a));
    for (const h of found) expect(h.score).toBeGreaterThanOrEqual(0.3);
    expect(found[0]!.score).toBeLessThan(1);
    expect((await hints(committee, item.target!, 1)).map((h) => h.proposal.id)).toEqual([ids[0]]);
    const forUnrelated = (await hints(committee, item.unrelated!)).map((h) => h.proposal.id);
    for (const elevator of [item.target, item.near, item.lastYear]) expect(forUnrelated).not.toContain(elevator);
    expect((await hints(await server().login("office"), item.target!)).map((h) => h.proposal.id)).toEqual(ids);
  });

  it("answers the other body's committee like a missing item and refuses roles that do not merge", async () => {
    const npc = await server().login("npc.committee");
    expect(await npc.errorCode(SIMILAR, { id: item.target })).toBe("NOT_FOUND");
    expect(await committee.errorCode(SIMILAR, { id: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
    expect(await committee.errorCode(SIMILAR, { id: "not-a-uuid" })).toBe("NOT_FOUND");
    for (const username of ["member", "handler", "unitleader"]) {
      expect(await (await server().login(username)).errorCode(SIMILAR, { id: item.target })).toBe("FORBIDDEN");
    }
  });
}, { demo: true });
