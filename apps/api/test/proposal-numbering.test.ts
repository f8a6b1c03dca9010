// Numbers are sequential per session and kind, never skipped and never handed out twice, also when
// registrations run at the same time (PostgreSQL: the counter row lock queues them; PGlite: the
// session lease serialises them). A registration that loses a race rolls its number back.
import { describeEachDatabase } from "./support/each-database";
import { REGISTER, setupWorld, submit, type World } from "./support/proposal-helpers";

const PARALLEL = 20;

describeEachDatabase("proposal numbering", (server) => {
  let w: World;
  beforeAll(async () => {
    w = await setupWorld(server());
  });

  it(`numbers ${PARALLEL} registrations fired at once 1..${PARALLEL}, without gap or duplicate`, async () => {
    const committee = await server().login("committee");
    const ids: string[] = [];
    for (let i = 0; i < PARALLEL; i++) ids.push(await submit(committee, { sessionId: w.sessionId, proposerIds: [w.otherMemberIds[i]!], title: `关于第${i + 1}个问题的建议` }));

    const results = await Promise.all(ids.map((id) => committee.request<{ registerProposal: { number: number } }>(REGISTER, { id, c: "ECONOMY" })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data!.registerProposal.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));

    const stored: Array<{ number: number }> = await server().dataSource.query(`SELECT number FROM proposal WHERE session_id = $1 AND kind = 'PROPOSAL' ORDER BY number`, [w.sessionId]);
    expect(stored.map((r) => r.number)).toEqual(numbers);
    const counter = await server().dataSource.query(`SELECT last_number FROM proposal_number_counter WHERE session_id = $1 AND kind = 'PROPOSAL'`, [w.sessionId]);
    expect(counter).toEqual([{ last_number: PARALLEL }]);
  });

  it("gives one item one number when it is registered twice at once, and skips none after", async () => {
    const npc = await server().login("npc.committee");
    const a = await submit(npc, { sessionId: w.npcSessionId, proposerIds: [w.deputyId], kind: "SUGGESTION" });
    const twice = await Promise.all([1, 2, 3].map(() => npc.request<{ registerProposal: { number: number } }>(REGISTER, { id: a, c: "OTHER" })));
    const won = twice.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    // the losers saw the item already registered, or lost the compare-and-set: refused either way
    for (const lost of twice.filter((r) => r.errors)) expect(["INVALID_TRANSITION", "CONFLICT"]).toContain(lost.errors![0]!.extensions!.code);
    const first = won[0]!.data!.registerProposal.number;
    const next = await submit(npc, { sessionId: w.npcSessionId, proposerIds: [w.deputyId], kind: "SUGGESTION" });
    const second = (await npc.ok<{ registerProposal: { number: number } }>(REGISTER, { id: next, c: "OTHER" })).registerProposal.number;
    expect(second).toBe(first + 1);
    const events = await server().dataSource.query(`SELECT count(*)::int AS n FROM event WHERE proposal_id = $1 AND action = 'register'`, [a]);
    expect(events).toEqual([{ n: 1 }]);
  });
}, { demo: true });
