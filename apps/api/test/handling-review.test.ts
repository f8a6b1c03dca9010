// The office's review of a key item's reply: sent back for rework (退改, counted), then approved with
// a changed category and a quality score that members do not see.
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
  type HandlingWorld,
} from "./support/handling-fixtures";

interface R {
  id: string;
  status: string;
  category: string;
  reworkCount: number;
  qualityScore: number | null;
  reviewComment: string | null;
}

describeEachDatabase(
  "handling: office review of a key item",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("sends a key reply to review, back for rework, then out with the office's category", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "member", "leader"]);
      const item = await insertItem(s, world, { isKey: true });
      await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "SOLE" }] });
      const assignment = await assignmentOf(s, item, world.unitIds.housing);
      await c.handler.ok(Q.receive, { id: assignment });
      await c.handler.ok(Q.communicate, { id: assignment, input: PHONE_CALL });
      const draft = await c.handler.ok<{ saveReply: R }>(Q.saveReply, { id: assignment, input: REPLY_A });
      const id = draft.saveReply.id;
      await c.handler.ok(Q.submitReply, { id });
      const signed = await c.unitleader.ok<{ signOffReply: R }>(Q.signOff, { id });
      expect(signed.signOffReply.status).toBe("AWAITING_REVIEW");
      expect(await itemRow(s, item)).toMatchObject({ status: "HANDLING" });
      const toOffice = await s.dataSource.query(
        `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'REPLY_AWAITING_REVIEW'`,
        [item],
      );
      expect(toOffice.map((r: { username: string }) => r.username)).toEqual(["office"]);

      await expectRefused(s, item, "FORBIDDEN", () => c.unitleader.errorCode(Q.review, { id, approve: true }));
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.office.errorCode(Q.review, { id, approve: true, score: 101 }));
      await expectRefused(s, item, "BAD_USER_INPUT", () => c.office.errorCode(Q.review, { id, approve: true, category: "Z" }));

      const back = await c.office.ok<{ reviewReply: R }>(Q.review, { id, approve: false, comment: "请补充资金安排的具体时间" });
      expect(back.reviewReply).toMatchObject({ status: "DRAFT", reworkCount: 1, reviewComment: "请补充资金安排的具体时间" });
      const rework = await s.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE proposal_id = $1 AND kind = 'REPLY_RETURNED' AND title LIKE '%退改%'`, [item]);
      expect(rework[0].n).toBe(2); // the unit's handler and leader

      await c.handler.ok(Q.saveReply, { id: assignment, input: { ...REPLY_A, content: "补充：资金已列入2025年预算，6月开工。" } });
      await c.handler.ok(Q.submitReply, { id });
      await c.unitleader.ok(Q.signOff, { id });
      const approved = await c.office.ok<{ reviewReply: R }>(Q.review, { id, approve: true, category: "B", score: 85, comment: "开工后转为跟踪办理" });
      expect(approved.reviewReply).toMatchObject({ status: "SENT", category: "B", reworkCount: 1, qualityScore: 85 });
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED" });

      // The quality score and review comment are the office's: members do not see them, leaders do.
      const read = `query($id: ID!) { proposal(id: $id) { replies { id category qualityScore reviewComment } } }`;
      const byMember = await c.member.ok<{ proposal: { replies: R[] } }>(read, { id: item });
      expect(byMember.proposal.replies).toEqual([{ id, category: "B", qualityScore: null, reviewComment: null }]);
      const byLeader = await c.leader.ok<{ proposal: { replies: R[] } }>(read, { id: item });
      expect(byLeader.proposal.replies).toEqual([{ id, category: "B", qualityScore: 85, reviewComment: "开工后转为跟踪办理" }]);
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.review, { id, approve: false }));
    });
  },
  { demo: true, env: HANDLING_ENV },
);
