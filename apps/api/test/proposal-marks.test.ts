// Supervision flags of the office: key items (重点) with their leader, and one "No. 1" item (一号提案)
// per session and kind, also when several are marked at once.
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";
import { register, setupWorld, snapshot, submit, type World } from "./support/proposal-helpers";

const MARK_KEY = `mutation($id: ID!, $k: Boolean!, $l: String) { markKey(id: $id, isKey: $k, leader: $l) { isKey supervisingLeader } }`;
const MARK_ONE = `mutation($id: ID!, $one: Boolean!) { markNumberOne(id: $id, isNumberOne: $one) { id isNumberOne } }`;

describeEachDatabase("proposal supervision flags", (server) => {
  let w: World;
  let committee: GraphQLClient;
  let office: GraphQLClient;
  const registered = async (kind = "PROPOSAL"): Promise<string> => {
    const id = await submit(committee, { sessionId: w.sessionId, proposerIds: [w.otherMemberIds[0]!], kind });
    await register(committee, id);
    return id;
  };
  const numberOnes = async (): Promise<Array<{ id: string; kind: string }>> =>
    server().dataSource.query(`SELECT id, kind FROM proposal WHERE session_id = $1 AND is_number_one ORDER BY kind`, [w.sessionId]);

  beforeAll(async () => {
    w = await setupWorld(server());
    committee = await server().login("committee");
    office = await server().login("office");
  });

  it("flags a key item with its leader, records it, and clears both", async () => {
    const id = await registered();
    expect((await office.ok<{ markKey: unknown }>(MARK_KEY, { id, k: true, l: "林涛" })).markKey).toEqual({ isKey: true, supervisingLeader: "林涛" });
    const events = await server().dataSource.query(`SELECT before, after FROM event WHERE proposal_id = $1 AND action = 'markKey'`, [id]);
    expect(events).toEqual([{ before: { isKey: false, supervisingLeader: null }, after: { isKey: true, supervisingLeader: "林涛" } }]);
    expect((await office.ok<{ markKey: unknown }>(MARK_KEY, { id, k: false })).markKey).toEqual({ isKey: false, supervisingLeader: null });
  });

  it("refuses flags on unregistered items, from other roles, and overlong names, changing nothing", async () => {
    const submitted = await submit(committee, { sessionId: w.sessionId, proposerIds: [w.otherMemberIds[1]!] });
    const id = await registered();
    const before = [await snapshot(server(), submitted), await snapshot(server(), id)];
    expect(await office.errorCode(MARK_KEY, { id: submitted, k: true })).toBe("INVALID_TRANSITION");
    expect(await office.errorCode(MARK_ONE, { id: submitted, one: true })).toBe("INVALID_TRANSITION");
    expect(await office.errorCode(MARK_KEY, { id, k: true, l: "长".repeat(51) })).toBe("BAD_USER_INPUT");
    expect(await office.errorCode(MARK_KEY, { id: "00000000-0000-4000-8000-000000000000", k: true })).toBe("NOT_FOUND");
    for (const username of ["committee", "member", "handler", "unitleader", "leader", "admin"]) {
      const client = await server().login(username);
      expect(await client.errorCode(MARK_KEY, { id, k: true })).toBe("FORBIDDEN");
      expect(await client.errorCode(MARK_ONE, { id, one: true })).toBe("FORBIDDEN");
    }
    expect([await snapshot(server(), submitted), await snapshot(server(), id)]).toEqual(before);
  });

  it("keeps one No. 1 item per session and kind: marking another clears the first", async () => {
    const [a, b, micro] = [await registered(), await registered(), await registered("MICRO_SUGGESTION")];
    await office.ok(MARK_ONE, { id: a, one: true });
    await office.ok(MARK_ONE, { id: micro, one: true });
    expect(await numberOnes()).toEqual([{ id: micro, kind: "MICRO_SUGGESTION" }, { id: a, kind: "PROPOSAL" }]);
    server().clock.advance(60_000);
    await office.ok(MARK_ONE, { id: b, one: true });
    expect(await numberOnes()).toEqual([{ id: micro, kind: "MICRO_SUGGESTION" }, { id: b, kind: "PROPOSAL" }]);
    const cleared = await server().dataSource.query(`SELECT after FROM event WHERE proposal_id = $1 AND action = 'markNumberOne' ORDER BY at`, [a]);
    expect(cleared.map((e: { after: unknown }) => e.after)).toEqual([{ isNumberOne: true }, { isNumberOne: false }]);
    await office.ok(MARK_ONE, { id: b, one: false });
    expect(await numberOnes()).toEqual([{ id: micro, kind: "MICRO_SUGGESTION" }]);
  });

  it("ends with exactly one No. 1 item when several are marked at once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await registered());
    const results = await Promise.all(ids.map((id) => office.request(MARK_ONE, { id, one: true })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const proposals = (await numberOnes()).filter((r) => r.kind === "PROPOSAL");
    expect(proposals).toHaveLength(1);
  });
}, { demo: true });
