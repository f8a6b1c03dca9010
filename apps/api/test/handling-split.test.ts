// SPLIT handling through HTTP: two units each reply; the item is REPLIED only when both replies are
// sent, and it closes once its first proposer has rated every reply of the round well.
import type { GraphQLClient } from "./support/graphql-client";
import { describeEachDatabase } from "./support/each-database";
import {
  ASSIGN_DAY,
  assignmentOf,
  expectRefused,
  HANDLING_ENV,
  handlingWorld,
  insertItem,
  itemRow,
  logins,
  PHONE_CALL,
  Q,
  REPLY_A,
  SATISFIED,
  type HandlingWorld,
} from "./support/handling-fixtures";

/** Receive, communicate, draft, submit and sign off one unit's reply; returns the reply id. */
async function replyAsUnit(handler: GraphQLClient, leader: GraphQLClient, assignmentId: string, content: string): Promise<string> {
  await handler.ok(Q.receive, { id: assignmentId });
  await handler.ok(Q.communicate, { id: assignmentId, input: PHONE_CALL });
  const reply = await handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: assignmentId, input: { ...REPLY_A, content } });
  await handler.ok(Q.submitReply, { id: reply.saveReply.id });
  const signed = await leader.ok<{ signOffReply: { status: string } }>(Q.signOff, { id: reply.saveReply.id });
  expect(signed.signOffReply.status).toBe("SENT");
  return reply.saveReply.id;
}

describeEachDatabase(
  "handling: SPLIT",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("is REPLIED only after both units replied, and closes when the first proposer rated both", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "transport.handler", "transport.leader", "member", "member2"]);
      const item = await insertItem(s, world, { proposerIds: [world.memberIds[0]!, world.memberIds[1]!] });
      const { housing, transport } = world.unitIds;
      await expectRefused(s, item, "INVALID_ASSIGNMENT_PLAN", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: housing, role: "SPLIT" }] }));
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: housing, role: "SPLIT" }, { unitId: transport, role: "SPLIT" }] });
      const housingAssignment = await assignmentOf(s, item, housing);
      const transportAssignment = await assignmentOf(s, item, transport);
      // Each SPLIT unit answers for itself: the other unit cannot touch its assignment.
      await expectRefused(s, item, "NOT_FOUND", () => c["transport.handler"].errorCode(Q.receive, { id: housingAssignment }));

      const housingReply = await replyAsUnit(c.handler, c.unitleader, housingAssignment, "住建部分的答复。");
      expect(await itemRow(s, item)).toMatchObject({ status: "HANDLING" });
      const early = await s.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE proposal_id = $1 AND kind = 'REPLY_SENT'`, [item]);
      expect(early[0].n).toBe(0);

      // A sent reply may be rated at once; while the item is in handling that decides nothing.
      await c.member.ok(Q.feedback, { id: housingReply, input: SATISFIED });
      expect(await itemRow(s, item)).toMatchObject({ status: "HANDLING" });

      const transportReply = await replyAsUnit(c["transport.handler"], c["transport.leader"], transportAssignment, "交通部分的答复。");
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED" });
      const told = await s.dataSource.query(
        `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'REPLY_SENT' ORDER BY u.username`,
        [item],
      );
      expect(told.map((r: { username: string }) => r.username)).toEqual(["member", "member2"]);

      // The second proposer's rating is recorded but is not the item's rating.
      await c.member2.ok(Q.feedback, { id: transportReply, input: SATISFIED });
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED" });
      await c.member.ok(Q.feedback, { id: transportReply, input: { communicated: true, attitude: "SATISFIED", result: "BASICALLY_SATISFIED" } });
      expect(await itemRow(s, item)).toMatchObject({ status: "CLOSED", close_reason: "FEEDBACK" });
      const ratings = await s.dataSource.query(`SELECT count(*)::int AS n FROM feedback WHERE proposal_id = $1`, [item]);
      expect(ratings[0].n).toBe(3);
    });

    it("stays REPLIED when the first proposer rates one SPLIT reply DISSATISFIED", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "transport.handler", "transport.leader", "member"]);
      const item = await insertItem(s, world);
      const { housing, transport } = world.unitIds;
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: housing, role: "SPLIT", share: 50 }, { unitId: transport, role: "SPLIT", share: 50 }] });
      const a = await replyAsUnit(c.handler, c.unitleader, await assignmentOf(s, item, housing), "住建部分。");
      const b = await replyAsUnit(c["transport.handler"], c["transport.leader"], await assignmentOf(s, item, transport), "交通部分。");
      await c.member.ok(Q.feedback, { id: a, input: SATISFIED });
      await c.member.ok(Q.feedback, { id: b, input: { communicated: false, attitude: "DISSATISFIED", result: "DISSATISFIED" } });
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED", close_reason: null });
    });
  },
  { demo: true, env: HANDLING_ENV },
);
