// Merging (并案): items of one session and kind into a registered primary; the merged items' proposers
// then follow the primary. Every refusal leaves every item involved as it was.
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";
import { insertAssignment, register, setupWorld, snapshot, submit, type World } from "./support/proposal-helpers";

const MERGE = `mutation($p: ID!, $o: [ID!]!) { mergeProposals(primaryId: $p, otherIds: $o) { id status mergedItems { id } } }`;
const ITEM = `query($id: ID!) { proposal(id: $id) { id status mergedInto { id } replies { status } } }`;

describeEachDatabase("proposal merge", (server) => {
  let w: World;
  let committee: GraphQLClient;
  let member: GraphQLClient;
  const file = (proposer: string, extra: Record<string, unknown> = {}): Promise<string> =>
    submit(committee, { sessionId: w.sessionId, proposerIds: [proposer], ...extra });

  beforeAll(async () => {
    w = await setupWorld(server());
    committee = await server().login("committee");
    member = await server().login("member");
  });

  it("merges submitted and registered items into a registered primary, following earlier merges", async () => {
    const primary = await file(w.otherMemberIds[0]!);
    await register(committee, primary);
    const mine = await file(w.memberId); // the demo member's item, still SUBMITTED
    const earlierPrimary = await file(w.otherMemberIds[1]!);
    await register(committee, earlierPrimary);
    const earlier = await file(w.otherMemberIds[2]!);
    await committee.ok(MERGE, { p: earlierPrimary, o: [earlier] });
    const primaryVersion = (await snapshot(server(), primary)).version;

    const merged = await committee.ok<{ mergeProposals: { id: string; status: string; mergedItems: Array<{ id: string }> } }>(MERGE, { p: primary, o: [mine, earlierPrimary] });
    expect(merged.mergeProposals.status).toBe("REGISTERED");
    expect(merged.mergeProposals.mergedItems.map((m) => m.id).sort()).toEqual([mine, earlierPrimary, earlier].sort());
    const rows: Array<{ id: string; status: string; merged_into_id: string }> = await server().dataSource.query(
      `SELECT id, status, merged_into_id FROM proposal WHERE id = ANY($1::uuid[])`,
      [[mine, earlierPrimary, earlier]],
    );
    for (const row of rows) expect(row).toMatchObject({ status: "MERGED", merged_into_id: primary });
    const events = await server().dataSource.query(`SELECT proposal_id, action FROM event WHERE proposal_id = ANY($1::uuid[]) AND action IN ('merge', 'mergeInto')`, [[primary, mine]]);
    expect(events).toHaveLength(2);
    expect((await snapshot(server(), primary)).version).toBe(primaryVersion + 1);

    // The merged item's proposer follows the primary: reads it, and sees its sent reply.
    expect((await member.ok<{ proposal: { status: string; mergedInto: { id: string } } }>(ITEM, { id: mine })).proposal).toMatchObject({ status: "MERGED", mergedInto: { id: primary } });
    const assignment = await insertAssignment(server(), { proposalId: primary, unitId: w.housingUnitId, assignedById: w.officeUserId });
    await server().dataSource.query(
      `INSERT INTO reply (proposal_id, assignment_id, unit_id, category, content, status, sent_at, created_by_id) VALUES ($1, $2, $3, 'A', '已办结', 'SENT', now(), $4)`,
      [primary, assignment, w.housingUnitId, w.officeUserId],
    );
    expect((await member.ok<{ proposal: { replies: Array<{ status: string }> } }>(ITEM, { id: primary })).proposal.replies).toEqual([{ status: "SENT" }]);
    const list = await member.ok<{ proposals: { items: Array<{ id: string }> } }>(`query($s: ID!) { proposals(options: { filter: { sessionId: $s } }) { items { id } } }`, { s: w.sessionId });
    expect(list.proposals.items.map((i) => i.id).sort()).toEqual([primary, mine].sort());
  });

  it("refuses what cannot be merged and changes none of the items", async () => {
    const registered = await file(w.otherMemberIds[3]!);
    await register(committee, registered);
    const submitted = await file(w.otherMemberIds[4]!);
    const micro = await file(w.otherMemberIds[5]!, { kind: "MICRO_SUGGESTION" });
    const lastYearSession = (await server().dataSource.query(`SELECT id FROM assembly_session WHERE body_id = $1 AND year = 2025`, [w.cppccBodyId]))[0].id;
    const lastYear = await submit(committee, { sessionId: lastYearSession, proposerIds: [w.otherMemberIds[6]!] });
    const withdrawn = await submit(member, { sessionId: w.sessionId, proposerIds: [w.memberId] });
    await member.ok(`mutation($id: ID!) { withdrawProposal(id: $id) { id } }`, { id: withdrawn });
    const all = [registered, submitted, micro, lastYear, withdrawn];
    const before = await Promise.all(all.map((id) => snapshot(server(), id)));

    expect(await committee.errorCode(MERGE, { p: submitted, o: [registered] })).toBe("INVALID_TRANSITION");
    expect(await committee.errorCode(MERGE, { p: registered, o: [withdrawn] })).toBe("INVALID_TRANSITION");
    expect(await committee.errorCode(MERGE, { p: registered, o: [micro] })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(MERGE, { p: registered, o: [lastYear] })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(MERGE, { p: registered, o: [registered] })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(MERGE, { p: registered, o: [] })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(MERGE, { p: registered, o: [submitted, submitted] })).toBe("BAD_USER_INPUT");
    expect(await committee.errorCode(MERGE, { p: registered, o: [submitted, "00000000-0000-4000-8000-000000000000"] })).toBe("NOT_FOUND");
    expect(await (await server().login("npc.committee")).errorCode(MERGE, { p: registered, o: [submitted] })).toBe("NOT_FOUND");
    for (const username of ["office", "member", "handler", "leader", "admin"]) {
      expect(await (await server().login(username)).errorCode(MERGE, { p: registered, o: [submitted] })).toBe("FORBIDDEN");
    }
    expect(await Promise.all(all.map((id) => snapshot(server(), id)))).toEqual(before);
  });
}, { demo: true });
