// Returns (退回) inside and after the window, the office's decision and the reassignment that replaces
// a returned assignment; extensions (延期) within and beyond the maximum.
import { describeEachDatabase } from "./support/each-database";
import {
  ASSIGN_DAY,
  assignmentOf,
  assignmentsOf,
  expectRefused,
  HANDLING_ENV,
  handlingWorld,
  insertItem,
  itemRow,
  logins,
  PHONE_CALL,
  Q,
  REPLY_A,
  type HandlingWorld,
} from "./support/handling-fixtures";

interface A {
  id: string;
  status: string;
  replyDueOn: string;
  originalReplyDueOn: string;
  availableActions: string[];
}

const ITEM_ACTIONS = `query($id: ID!) { proposal(id: $id) { availableActions } }`;

describeEachDatabase(
  "handling: returns and extensions",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("returns inside the window, voids the assignment on approval and lets the office reassign once", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "transport.handler"]);
      const item = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const first = await assignmentOf(s, item, world.unitIds.housing);
      // The console offers 重新交办 exactly when the API would take it: after an approved return, once.
      const officeActions = async (): Promise<string[]> => (await c.office.ok<{ proposal: { availableActions: string[] } }>(ITEM_ACTIONS, { id: item })).proposal.availableActions;
      expect(await officeActions()).not.toContain("reassign");

      // The last day of the window (5 working days after Monday 2025-03-03) is still in time.
      s.clock.set("2025-03-10T17:00:00+08:00");
      const asked = await c.handler.ok<{ requestReturn: A }>(Q.requestReturn, { id: first, reason: "不属于本单位职责" });
      expect(asked.requestReturn.status).toBe("RETURN_REQUESTED");
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.requestReturn, { id: first, reason: "再次申请" }));
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: world.unitIds.transport, role: "SOLE" }] }));
      const office = await c.office.ok<{ decideReturn: A & { voidedAt: string; returnRequests: Array<{ approved: boolean }> } }>(Q.decideReturn, {
        id: first,
        approve: true,
        comment: "同意退回，另行交办",
      });
      expect(office.decideReturn).toMatchObject({ status: "RETURNED", returnRequests: [{ approved: true }] });
      expect(office.decideReturn.voidedAt).toBeTruthy();
      const decided = await s.dataSource.query(
        `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.assignment_id = $1 AND n.kind = 'RETURN_DECIDED' AND u.username = 'handler'`,
        [first],
      );
      expect(decided[0].n).toBe(1);
      expect(await itemRow(s, item)).toMatchObject({ status: "HANDLING" });
      expect(await officeActions()).toContain("reassign");
      // The unit can no longer act on its void assignment.
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.receive, { id: first }));

      s.clock.set("2025-03-11T09:00:00+08:00");
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.transport, role: "SOLE" }] });
      const live = await assignmentsOf(s, item);
      expect(live.map((a) => [a.unit_id, a.status])).toEqual([[world.unitIds.transport, "PENDING"]]);
      const [dates] = await s.dataSource.query(`SELECT return_window_ends_on, reply_due_on FROM assignment WHERE id = $1`, [live[0]!.id]);
      expect(dates).toEqual({ return_window_ends_on: "2025-03-18", reply_due_on: "2025-06-11" });
      // The return is replaced: a second reassignment is refused, and no longer offered.
      expect(await officeActions()).not.toContain("reassign");
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: world.unitIds.education, role: "SPLIT" }] }));
      // The new unit sees its assignment; the old one no longer has a live one.
      const received = await c["transport.handler"].ok<{ receiveAssignment: A }>(Q.receive, { id: live[0]!.id });
      expect(received.receiveAssignment.status).toBe("RECEIVED");
    });

    it("keeps the plan consistent when a CO unit is replaced, and a rejected return leaves the unit in charge", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "transport.handler"]);
      const item = await insertItem(s, world);
      const { housing, transport, education, civil } = world.unitIds;
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: housing, role: "LEAD" }, { unitId: transport, role: "CO" }] });
      const co = await assignmentOf(s, item, transport);
      const lead = await assignmentOf(s, item, housing);

      await c.handler.ok(Q.receive, { id: lead });
      await c.handler.ok(Q.communicate, { id: lead, input: PHONE_CALL });
      const draft = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: lead, input: REPLY_A });
      await c.handler.ok(Q.requestReturn, { id: lead, reason: "主办单位应为交通局" });
      // While the unit asks to hand the item back, its reply does not move on.
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.submitReply, { id: draft.saveReply.id }));
      const rejected = await c.office.ok<{ decideReturn: A }>(Q.decideReturn, { id: lead, approve: false, comment: "职能相关，请继续主办" });
      expect(rejected.decideReturn.status).toBe("RECEIVED");
      await c.handler.ok(Q.submitReply, { id: draft.saveReply.id });

      s.clock.set("2025-03-04T09:00:00+08:00");
      await c["transport.handler"].ok(Q.requestReturn, { id: co, reason: "与本单位无关" });
      await c.office.ok(Q.decideReturn, { id: co, approve: true });
      // The new plan must fit the live one (a LEAD is there): SOLE or SPLIT do not.
      await expectRefused(s, item, "INVALID_ASSIGNMENT_PLAN", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: education, role: "SOLE" }] }));
      await expectRefused(s, item, "INVALID_ASSIGNMENT_PLAN", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: education, role: "LEAD" }] }));
      await expectRefused(s, item, "INVALID_ASSIGNMENT_PLAN", () => c.office.errorCode(Q.assign, { id: item, a: [{ unitId: housing, role: "CO" }] }));
      s.clock.set("2025-03-05T09:00:00+08:00");
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: education, role: "CO" }, { unitId: civil, role: "CO" }] });
      const live = await assignmentsOf(s, item);
      expect(live.map((a) => a.role).sort()).toEqual(["CO", "CO", "LEAD"]);
    });

    it("refuses a return after the window with RETURN_WINDOW_CLOSED", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler"]);
      const item = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const id = await assignmentOf(s, item, world.unitIds.housing);
      await c.handler.ok(Q.receive, { id });
      s.clock.set("2025-03-11T08:00:00+08:00");
      await expectRefused(s, item, "RETURN_WINDOW_CLOSED", () => c.handler.errorCode(Q.requestReturn, { id, reason: "不属于本单位职责" }));
    });

    it("extends the reply due date within the maximum, never beyond it", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler"]);
      const item = await insertItem(s, world);
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const id = await assignmentOf(s, item, world.unitIds.housing);
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.requestExtension, { id, until: "2025-07-01", reason: "需协调资金" }));
      await c.handler.ok(Q.receive, { id });

      s.clock.set("2025-05-20T09:00:00+08:00");
      // The maximum is 6 months after assignment: 2025-09-03.
      await expectRefused(s, item, "EXTENSION_TOO_LONG", () => c.handler.errorCode(Q.requestExtension, { id, until: "2025-09-04", reason: "需协调资金" }));
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.handler.errorCode(Q.requestExtension, { id, until: "2025-06-03", reason: "需协调资金" }));
      await c.handler.ok(Q.requestExtension, { id, until: "2025-07-15", reason: "需协调资金" });
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.requestExtension, { id, until: "2025-08-01", reason: "再延" }));
      const rejected = await c.office.ok<{ decideExtension: A & { extensionRequests: Array<{ approved: boolean }> } }>(Q.decideExtension, { id, approve: false, comment: "理由不充分" });
      expect(rejected.decideExtension).toMatchObject({ replyDueOn: "2025-06-03", extensionRequests: [{ approved: false }] });

      await c.handler.ok(Q.requestExtension, { id, until: "2025-09-03", reason: "资金已落实，需施工周期" });
      const approved = await c.office.ok<{ decideExtension: A }>(Q.decideExtension, { id, approve: true });
      expect(approved.decideExtension).toMatchObject({ replyDueOn: "2025-09-03", originalReplyDueOn: "2025-06-03" });
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.decideExtension, { id, approve: true }));
      const notified = await s.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE assignment_id = $1 AND kind = 'EXTENSION_DECIDED'`, [id]);
      expect(notified[0].n).toBe(4); // two decisions, each to the handler and the leader
      // Now at the maximum: nothing more to ask for.
      const seen = await c.handler.ok<{ proposal: { assignments: A[] } }>(`query($id: ID!) { proposal(id: $id) { assignments { availableActions } } }`, { id: item });
      expect(seen.proposal.assignments[0]!.availableActions.sort()).toEqual(["logCommunication", "saveReply"]);
    });
  },
  { demo: true, env: HANDLING_ENV },
);
