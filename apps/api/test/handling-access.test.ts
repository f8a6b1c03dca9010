// Every denial of the handling flow, role by action, each asserting the code and that nothing changed:
// other roles calling the office's mutations (FORBIDDEN), unit users naming another unit's assignment
// or reply (NOT_FOUND, as for a missing row); and the office's supervision (催办, inspections).
import { describeEachDatabase } from "./support/each-database";
import {
  ASSIGN_DAY,
  assignmentOf,
  expectRefused,
  HANDLING_ENV,
  handlingWorld,
  insertItem,
  logins,
  PHONE_CALL,
  Q,
  REPLY_A,
  SATISFIED,
  type HandlingWorld,
} from "./support/handling-fixtures";

const MISSING = "00000000-0000-4000-8000-000000000000";

describeEachDatabase(
  "handling: access and supervision",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("refuses the office's mutations to every other role, changing nothing", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "member", "leader", "committee", "admin"]);
      const item = await insertItem(s, world);
      const registered = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "LEAD" }, { unitId: world.unitIds.transport, role: "CO" }] });
      const lead = await assignmentOf(s, item, world.unitIds.housing);
      const co = await assignmentOf(s, item, world.unitIds.transport);
      await c.handler.ok(Q.receive, { id: lead });
      await c.handler.ok(Q.requestReturn, { id: lead, reason: "测试" });
      const officeCalls: Array<[string, string, Record<string, unknown>]> = [
        ["assignProposal", Q.assign, { id: registered, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] }],
        ["decideReturn", Q.decideReturn, { id: lead, approve: true }],
        ["waiveCoOpinion", Q.waiveCoOpinion, { id: co, reason: "免" }],
        ["remind", Q.remind, { id: lead, note: "请抓紧" }],
        ["recordSupervision", Q.supervise, { id: item, input: { kind: "INSPECTION", note: "检查" } }],
        ["orderRehandling", Q.rehandle, { id: item, reason: "重办" }],
        ["closeProposal", Q.close, { id: item }],
        ["decideExtension", Q.decideExtension, { id: lead, approve: true }],
        ["reviewReply", Q.review, { id: MISSING, approve: true }],
      ];
      for (const who of ["handler", "unitleader", "member", "leader", "committee", "admin"] as const) {
        for (const [, doc, vars] of officeCalls) {
          await expectRefused(s, item, "FORBIDDEN", () => c[who].errorCode(doc, vars));
        }
      }
      // Members may rate, nothing else of the flow; the office may not rate.
      await expectRefused(s, item, "FORBIDDEN", () => c.member.errorCode(Q.receive, { id: lead }));
      await expectRefused(s, item, "FORBIDDEN", () => c.member.errorCode(Q.saveReply, { id: lead, input: REPLY_A }));
      await expectRefused(s, item, "FORBIDDEN", () => c.office.errorCode(Q.feedback, { id: MISSING, input: SATISFIED }));
      await expectRefused(s, item, "FORBIDDEN", () => c.leader.errorCode(Q.communicate, { id: lead, input: PHONE_CALL }));
    });

    it("answers NOT_FOUND to a unit user naming another unit's assignment or reply, changing nothing", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "transport.handler", "transport.leader", "education.handler"]);
      const item = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "LEAD" }, { unitId: world.unitIds.transport, role: "CO" }] });
      const lead = await assignmentOf(s, item, world.unitIds.housing);
      const co = await assignmentOf(s, item, world.unitIds.transport);
      await c.handler.ok(Q.receive, { id: lead });
      await c.handler.ok(Q.communicate, { id: lead, input: PHONE_CALL });
      const reply = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: lead, input: REPLY_A });
      const replyId = reply.saveReply.id;

      // The CO unit holds an assignment on the item, the education bureau none: both get NOT_FOUND.
      for (const who of ["transport.handler", "education.handler"] as const) {
        const u = c[who];
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.receive, { id: lead }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.requestReturn, { id: lead, reason: "x" }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.communicate, { id: lead, input: PHONE_CALL }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.saveReply, { id: lead, input: REPLY_A }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.requestExtension, { id: lead, until: "2025-07-01", reason: "x" }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.submitReply, { id: replyId }));
        await expectRefused(s, item, "NOT_FOUND", () => u.errorCode(Q.followUpNote, { id: lead, note: "x" }));
      }
      await expectRefused(s, item, "NOT_FOUND", () => c["education.handler"].errorCode(Q.sendCoOpinion, { id: co, content: "x" }));
      await expectRefused(s, item, "NOT_FOUND", () => c.handler.errorCode(Q.sendCoOpinion, { id: co, content: "x" }));
      await c.handler.ok(Q.submitReply, { id: replyId });
      await expectRefused(s, item, "NOT_FOUND", () => c["transport.leader"].errorCode(Q.signOff, { id: replyId }));
      await expectRefused(s, item, "NOT_FOUND", () => c.handler.errorCode(Q.receive, { id: MISSING }));
      await expectRefused(s, item, "NOT_FOUND", () => c.handler.errorCode(Q.receive, { id: "not-a-uuid" }));
    });

    it("reminds an open assignment (counted, recorded, notified) and records inspections", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler"]);
      const item = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const id = await assignmentOf(s, item, world.unitIds.housing);

      const office = await c.office.ok<{ proposal: { assignments: Array<{ availableActions: string[] }> } }>(
        `query($id: ID!) { proposal(id: $id) { assignments { availableActions } } }`,
        { id: item },
      );
      expect(office.proposal.assignments[0]!.availableActions).toEqual(["remind"]);
      const event = await c.office.ok<{ remind: { action: string; note: string } }>(Q.remind, { id, note: "请于本周内签收" });
      expect(event.remind).toMatchObject({ action: "remind", note: "请于本周内签收" });
      await c.office.ok(Q.remind, { id });
      const [row] = await s.dataSource.query(`SELECT reminder_count FROM assignment WHERE id = $1`, [id]);
      expect(row.reminder_count).toBe(2);
      const kinds = await s.dataSource.query(`SELECT kind FROM supervision_event WHERE assignment_id = $1`, [id]);
      expect(kinds).toEqual([{ kind: "REMINDER" }, { kind: "REMINDER" }]);
      const notices = await s.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE assignment_id = $1 AND kind = 'REMINDER'`, [id]);
      expect(notices[0].n).toBe(4);

      const inspected = await c.office.ok<{ recordSupervision: { kind: string; occurredOn: string } }>(Q.supervise, {
        id: item,
        input: { kind: "INSPECTION", note: "实地检查加装电梯进度", assignmentId: id },
      });
      expect(inspected.recordSupervision).toMatchObject({ kind: "INSPECTION", occurredOn: "2025-03-03" });
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.office.errorCode(Q.supervise, { id: item, input: { kind: "REMINDER", note: "x" } }));
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.office.errorCode(Q.supervise, { id: item, input: { kind: "MEETING", note: "x", occurredOn: "2025-03-04" } }));
      const otherItem = await insertItem(s, world);
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.office.errorCode(Q.supervise, { id: otherItem, input: { kind: "MEETING", note: "x", assignmentId: id } }));

      // Once replied, there is nothing left to remind.
      await c.handler.ok(Q.receive, { id });
      await c.handler.ok(Q.communicate, { id, input: PHONE_CALL });
      const reply = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id, input: REPLY_A });
      await c.handler.ok(Q.submitReply, { id: reply.saveReply.id });
      await (await s.login("unitleader")).ok(Q.signOff, { id: reply.saveReply.id });
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.remind, { id }));
    });
  },
  { demo: true, env: HANDLING_ENV },
);
