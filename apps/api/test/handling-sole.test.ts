// The life of a SOLE item through HTTP: assign → receive → communicate → draft → submit → sign off →
// sent → rated → closed, with the refusals on the way (each changing nothing), then the follow-up of a
// B reply and the office's own close.
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

interface AssignmentResult {
  id: string;
  status: string;
  replyDueOn: string;
  returnWindowEndsOn: string;
  dueState: string;
  availableActions: string[];
}
interface ReplyResult {
  id: string;
  status: string;
  content: string;
  sentAt: string | null;
}

describeEachDatabase(
  "handling: a SOLE item",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("runs from assignment to a closing rating, refusing what the rules forbid", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const { office, handler, unitleader, member } = await logins(s, ["office", "handler", "unitleader", "member"]);
      const other = await s.login("transport.handler");
      const item = await insertItem(s, world);

      const assigned = await office.ok<{ assignProposal: { status: string } }>(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      expect(assigned.assignProposal.status).toBe("HANDLING");
      const assignmentId = await assignmentOf(s, item, world.unitIds.housing);
      const notified = await s.dataSource.query(
        `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.assignment_id = $1 AND n.kind = 'ASSIGNED' ORDER BY u.username`,
        [assignmentId],
      );
      expect(notified.map((r: { username: string }) => r.username)).toEqual(["handler", "unitleader"]);

      // Assigning again is refused: the item is no longer REGISTERED and nothing was returned.
      await expectRefused(s, item, "INVALID_TRANSITION", () => office.errorCode(Q.assign, { id: item, a: [{ unitId: world.unitIds.transport, role: "SOLE" }] }));
      // Another unit's user cannot see (let alone receive) this assignment.
      await expectRefused(s, item, "NOT_FOUND", () => other.errorCode(Q.receive, { id: assignmentId }));

      const received = await handler.ok<{ receiveAssignment: AssignmentResult }>(Q.receive, { id: assignmentId });
      expect(received.receiveAssignment).toMatchObject({
        status: "RECEIVED",
        returnWindowEndsOn: "2025-03-10",
        replyDueOn: "2025-06-03",
        dueState: "ON_TRACK",
      });
      expect(received.receiveAssignment.availableActions.sort()).toEqual(["logCommunication", "requestExtension", "requestReturn", "saveReply"]);

      const draft = await handler.ok<{ saveReply: ReplyResult }>(Q.saveReply, { id: assignmentId, input: REPLY_A });
      expect(draft.saveReply.status).toBe("DRAFT");
      const edited = await handler.ok<{ saveReply: ReplyResult }>(Q.saveReply, { id: assignmentId, input: { ...REPLY_A, content: "修改后的答复正文。" } });
      expect(edited.saveReply).toMatchObject({ id: draft.saveReply.id, content: "修改后的答复正文。" });
      const replyId = draft.saveReply.id;
      await expectRefused(s, item, "BAD_USER_INPUT", () => handler.errorCode(Q.saveReply, { id: assignmentId, input: { ...REPLY_A, category: "Z" } }));

      // 面商: no sign-off request without a logged communication.
      await expectRefused(s, item, "NO_COMMUNICATION", () => handler.errorCode(Q.submitReply, { id: replyId }));
      await expectRefused(s, item, "BAD_USER_INPUT", () => handler.errorCode(Q.communicate, { id: assignmentId, input: { ...PHONE_CALL, occurredOn: "2025-03-05" } }));
      await handler.ok(Q.communicate, { id: assignmentId, input: PHONE_CALL });

      const submitted = await handler.ok<{ submitReply: ReplyResult }>(Q.submitReply, { id: replyId });
      expect(submitted.submitReply.status).toBe("AWAITING_SIGNOFF");
      const leaders = await s.dataSource.query(
        `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.assignment_id = $1 AND n.kind = 'REPLY_AWAITING_SIGNOFF'`,
        [assignmentId],
      );
      expect(leaders.map((r: { username: string }) => r.username)).toEqual(["unitleader"]);
      await expectRefused(s, item, "INVALID_TRANSITION", () => handler.errorCode(Q.saveReply, { id: assignmentId, input: REPLY_A }));
      // Only a unit leader signs off (签发).
      await expectRefused(s, item, "FORBIDDEN", () => handler.errorCode(Q.signOff, { id: replyId }));

      s.clock.set("2025-03-20T10:00:00+08:00");
      const signed = await unitleader.ok<{ signOffReply: ReplyResult }>(Q.signOff, { id: replyId });
      expect(signed.signOffReply.status).toBe("SENT"); // not a key item: no office review
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED", round: 1 });
      const [assignment] = await s.dataSource.query(`SELECT status FROM assignment WHERE id = $1`, [assignmentId]);
      expect(assignment.status).toBe("REPLIED");
      const told = await s.dataSource.query(
        `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'REPLY_SENT' AND u.username = 'member'`,
        [item],
      );
      expect(told[0].n).toBe(1);

      // The member reads the sent reply with its feedback window, but not the office's review fields.
      const seen = await member.ok<{ proposal: { replies: Array<{ id: string; qualityScore: number | null; availableActions: string[]; feedbackWindowEndsOn: string }> } }>(
        `query($id: ID!) { proposal(id: $id) { replies { id qualityScore availableActions feedbackWindowEndsOn } } }`,
        { id: item },
      );
      expect(seen.proposal.replies).toEqual([{ id: replyId, qualityScore: null, availableActions: ["giveFeedback"], feedbackWindowEndsOn: "2025-04-11" }]);

      const rated = await member.ok<{ giveFeedback: { round: number; result: string } }>(Q.feedback, { id: replyId, input: SATISFIED });
      expect(rated.giveFeedback).toMatchObject({ round: 1, result: "SATISFIED" });
      expect(await itemRow(s, item)).toMatchObject({ status: "CLOSED", close_reason: "FEEDBACK" });
      await expectRefused(s, item, "ALREADY_RATED", () => member.errorCode(Q.feedback, { id: replyId, input: SATISFIED }));

      // One event per state change (the clock stands still, so compare them as a set).
      const actions = await s.dataSource.query(`SELECT entity_type, action FROM event WHERE proposal_id = $1`, [item]);
      expect(actions.map((e: { entity_type: string; action: string }) => `${e.entity_type}.${e.action}`).sort()).toEqual([
        "Assignment.assign",
        "Assignment.markReplied",
        "Assignment.receive",
        "Communication.logCommunication",
        "Feedback.giveFeedback",
        "Proposal.assign",
        "Proposal.closeOnFeedback",
        "Proposal.markReplied",
        "Reply.save",
        "Reply.save",
        "Reply.signOff",
        "Reply.submit",
      ]);
    });

    it("keeps a B reply on the follow-up list until it is resolved (成果转化)", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const { office, handler, unitleader, member } = await logins(s, ["office", "handler", "unitleader", "member"]);
      const item = await insertItem(s, world);
      await office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const assignmentId = await assignmentOf(s, item, world.unitIds.housing);
      await handler.ok(Q.receive, { id: assignmentId });
      await handler.ok(Q.communicate, { id: assignmentId, input: PHONE_CALL });
      const reply = await handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: assignmentId, input: { ...REPLY_A, category: "B", content: "已列入明年计划。" } });
      await handler.ok(Q.submitReply, { id: reply.saveReply.id });
      await unitleader.ok(Q.signOff, { id: reply.saveReply.id });

      await handler.ok(Q.followUpNote, { id: assignmentId, note: "已完成可行性研究。" });
      // Resolving waits for the item to close.
      await expectRefused(s, item, "INVALID_TRANSITION", () => unitleader.errorCode(Q.resolveFollowUp, { id: item, outcome: "电梯已投入使用", on: "2025-03-03" }));
      await member.ok(Q.feedback, { id: reply.saveReply.id, input: { communicated: true, attitude: "SATISFIED", result: "BASICALLY_SATISFIED" } });
      expect(await itemRow(s, item)).toMatchObject({ status: "CLOSED", close_reason: "FEEDBACK" });

      s.clock.set("2025-09-01T09:00:00+08:00");
      await expectRefused(s, item, "BAD_USER_INPUT", () => unitleader.errorCode(Q.resolveFollowUp, { id: item, outcome: "电梯已投入使用", on: "2025-09-02" }));
      await expectRefused(s, item, "FORBIDDEN", () => member.errorCode(Q.resolveFollowUp, { id: item, outcome: "电梯已投入使用", on: "2025-08-30" }));
      const resolved = await unitleader.ok<{ resolveFollowUp: { followUpOutcome: string; followUpResolvedAt: string } }>(Q.resolveFollowUp, {
        id: item,
        outcome: "电梯已投入使用",
        on: "2025-08-30",
      });
      expect(resolved.resolveFollowUp.followUpOutcome).toBe("电梯已投入使用");
      const notes = await s.dataSource.query(`SELECT note, is_resolution, achieved_on FROM follow_up_note WHERE proposal_id = $1 ORDER BY created_at`, [item]);
      expect(notes).toEqual([
        { note: "已完成可行性研究。", is_resolution: false, achieved_on: null },
        { note: "电梯已投入使用", is_resolution: true, achieved_on: "2025-08-30" },
      ]);
      await expectRefused(s, item, "INVALID_TRANSITION", () => handler.errorCode(Q.followUpNote, { id: assignmentId, note: "再补充一条" }));
    });

    it("lets the office close a replied item, and only a replied one", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const { office, handler, unitleader } = await logins(s, ["office", "handler", "unitleader"]);
      const item = await insertItem(s, world);
      await expectRefused(s, item, "INVALID_TRANSITION", () => office.errorCode(Q.close, { id: item }));
      await office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE", share: 100 }] });
      const assignmentId = await assignmentOf(s, item, world.unitIds.housing);
      await handler.ok(Q.receive, { id: assignmentId });
      await handler.ok(Q.communicate, { id: assignmentId, input: PHONE_CALL });
      const reply = await handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: assignmentId, input: REPLY_A });
      await handler.ok(Q.submitReply, { id: reply.saveReply.id });
      await unitleader.ok(Q.signOff, { id: reply.saveReply.id });
      const closed = await office.ok<{ closeProposal: { status: string; closeReason: string } }>(Q.close, { id: item });
      expect(closed.closeProposal).toEqual({ id: item, status: "CLOSED", closeReason: "OFFICE" });
    });
  },
  { demo: true, env: HANDLING_ENV },
);
