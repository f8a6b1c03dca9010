// Ratings and what follows them: DISSATISFIED → re-handling → round 2 closes whatever the rating; a
// merged item's proposer rating the primary's reply; the feedback window; the daily close of items
// nobody rated (closeLapsedFeedback).
import { RequestContext } from "../src/graphql/context";
import { closeLapsedFeedback } from "../src/modules/feedback/feedback-lapse.service";
import type { GraphQLClient } from "./support/graphql-client";
import { describeEachDatabase } from "./support/each-database";
import {
  ASSIGN_DAY,
  assignmentOf,
  DISSATISFIED,
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
import type { TestServer } from "./support/test-server";

/** Assigns the item SOLE to the housing bureau and sends its reply; returns the assignment and reply ids. */
async function replied(s: TestServer, world: HandlingWorld, c: Record<"office" | "handler" | "unitleader", GraphQLClient>, item: string): Promise<{ assignment: string; reply: string }> {
  await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
  const assignment = await assignmentOf(s, item, world.unitIds.housing);
  await c.handler.ok(Q.receive, { id: assignment });
  await c.handler.ok(Q.communicate, { id: assignment, input: PHONE_CALL });
  const reply = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: assignment, input: REPLY_A });
  await c.handler.ok(Q.submitReply, { id: reply.saveReply.id });
  await c.unitleader.ok(Q.signOff, { id: reply.saveReply.id });
  return { assignment, reply: reply.saveReply.id };
}

const CAST = ["office", "handler", "unitleader", "member", "member2", "member3"] as const;

describeEachDatabase(
  "handling: feedback, re-handling and lapse",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("re-handles after a DISSATISFIED rating, and round 2 closes whatever the rating", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, CAST);
      const item = await insertItem(s, world, { proposerIds: [...world.memberIds] });
      const { assignment, reply } = await replied(s, world, c, item);

      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.rehandle, { id: item, reason: "答复不具体" }));
      // A co-proposer's DISSATISFIED is recorded but is not the item's rating.
      await c.member2.ok(Q.feedback, { id: reply, input: DISSATISFIED });
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.rehandle, { id: item, reason: "答复不具体" }));
      await c.member.ok(Q.feedback, { id: reply, input: DISSATISFIED });
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED", close_reason: null });

      s.clock.set("2025-03-10T09:00:00+08:00");
      const ordered = await c.office.ok<{ orderRehandling: { status: string; round: number } }>(Q.rehandle, { id: item, reason: "提案人不满意，请重新办理" });
      expect(ordered.orderRehandling).toMatchObject({ status: "HANDLING", round: 2 });
      const [reopened] = await s.dataSource.query(`SELECT status, reply_due_on, original_reply_due_on FROM assignment WHERE id = $1`, [assignment]);
      expect(reopened).toEqual({ status: "RECEIVED", reply_due_on: "2025-04-10", original_reply_due_on: "2025-06-03" });
      const told = await s.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE assignment_id = $1 AND kind = 'REHANDLING_ORDERED'`, [assignment]);
      expect(told[0].n).toBe(2);
      // Round-1 replies are no longer rated, even by a proposer who has not rated yet.
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.member3.errorCode(Q.feedback, { id: reply, input: SATISFIED }));

      const second = await c.handler.ok<{ saveReply: { id: string; round: number } }>(Q.saveReply, { id: assignment, input: { ...REPLY_A, content: "重新办理后的答复。" } });
      expect(second.saveReply.round).toBe(2);
      expect(second.saveReply.id).not.toBe(reply);
      await c.handler.ok(Q.submitReply, { id: second.saveReply.id });
      await c.unitleader.ok(Q.signOff, { id: second.saveReply.id });
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED", round: 2 });

      await c.member.ok(Q.feedback, { id: second.saveReply.id, input: DISSATISFIED });
      expect(await itemRow(s, item)).toMatchObject({ status: "CLOSED", close_reason: "ROUND_TWO" });
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.rehandle, { id: item, reason: "再次" }));
    });

    it("lets a merged item's proposer rate the primary's reply; only the first proposer's rating closes it", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, CAST);
      const primary = await insertItem(s, world);
      await insertItem(s, world, { mergedIntoId: primary, proposerIds: [world.memberIds[2]!] });
      const { reply } = await replied(s, world, c, primary);
      const told = await s.dataSource.query(
        `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'REPLY_SENT' ORDER BY u.username`,
        [primary],
      );
      expect(told.map((r: { username: string }) => r.username)).toEqual(["member", "member3"]);

      // Not a proposer of either item: the reply does not exist for them.
      await expectRefused(s, primary, "NOT_FOUND", () => c.member2.errorCode(Q.feedback, { id: reply, input: SATISFIED }));
      const merged = await c.member3.ok<{ giveFeedback: { member: { id: string } } }>(Q.feedback, { id: reply, input: DISSATISFIED });
      expect(merged.giveFeedback.member.id).toBe(world.memberIds[2]);
      const [row] = await s.dataSource.query(`SELECT proposal_id FROM feedback WHERE member_id = $1 AND reply_id = $2`, [world.memberIds[2], reply]);
      expect(row.proposal_id).toBe(primary);
      expect(await itemRow(s, primary)).toMatchObject({ status: "REPLIED" });
      await c.member.ok(Q.feedback, { id: reply, input: SATISFIED });
      expect(await itemRow(s, primary)).toMatchObject({ status: "CLOSED", close_reason: "FEEDBACK" });
    });

    it("refuses ratings after the feedback window and closes unrated items when it lapses", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, CAST);
      const unrated = await insertItem(s, world);
      const dissatisfied = await insertItem(s, world);
      const recent = await insertItem(s, world);
      const a = await replied(s, world, c, unrated);
      const b = await replied(s, world, c, dissatisfied);
      await c.member.ok(Q.feedback, { id: b.reply, input: DISSATISFIED });
      s.clock.set("2025-03-20T09:00:00+08:00");
      await replied(s, world, c, recent);

      // Sent on Monday 2025-03-03: the window's last day is Monday 2025-03-24 (15 working days).
      s.clock.set("2025-03-24T23:00:00+08:00");
      const context = (): RequestContext => new RequestContext("test-daily-job", null, s.dataSource, s.config, s.clock, null);
      expect(await closeLapsedFeedback(context())).toEqual([]);
      s.clock.set("2025-03-25T01:00:00+08:00");
      await expectRefused(s, unrated, "FEEDBACK_WINDOW_CLOSED", () => c.member.errorCode(Q.feedback, { id: a.reply, input: SATISFIED }));

      expect(await closeLapsedFeedback(context())).toEqual([unrated]);
      expect(await itemRow(s, unrated)).toMatchObject({ status: "CLOSED", close_reason: "NO_FEEDBACK" });
      const [event] = await s.dataSource.query(`SELECT action, actor_id FROM event WHERE proposal_id = $1 AND action = 'closeOnLapse'`, [unrated]);
      expect(event).toEqual({ action: "closeOnLapse", actor_id: null });
      // A DISSATISFIED rating waits for the office; a recent reply is still in its window.
      expect(await itemRow(s, dissatisfied)).toMatchObject({ status: "REPLIED" });
      expect(await itemRow(s, recent)).toMatchObject({ status: "REPLIED" });
      expect(await closeLapsedFeedback(context())).toEqual([]);
    });
  },
  { demo: true, env: HANDLING_ENV },
);
