// LEAD + CO handling through HTTP: the plan check, co-handling opinions (sent, or waived by the
// office), CO_OPINIONS_MISSING at sign-off, who reads an opinion, and what a CO unit may not do.
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

const ITEM_ASSIGNMENTS = `query($id: ID!) { proposal(id: $id) { assignments { id role coOpinion dueState unit { name } } } }`;
type Seen = { proposal: { assignments: Array<{ id: string; role: string; coOpinion: string | null; dueState: string }> } };

describeEachDatabase(
  "handling: LEAD + CO",
  (server) => {
    let world: HandlingWorld;
    beforeAll(async () => {
      world = await handlingWorld(server());
    });

    it("refuses invalid plans and changes nothing", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const office = await s.login("office");
      const item = await insertItem(s, world);
      const { housing, transport, education } = world.unitIds;
      const plans = [
        [{ unitId: housing, role: "LEAD" }],
        [{ unitId: housing, role: "LEAD" }, { unitId: transport, role: "SPLIT" }],
        [{ unitId: housing, role: "LEAD" }, { unitId: transport, role: "LEAD" }, { unitId: education, role: "CO" }],
        [{ unitId: housing, role: "LEAD", share: 60 }, { unitId: transport, role: "CO", share: 30 }],
        [{ unitId: housing, role: "LEAD", share: 60 }, { unitId: transport, role: "CO" }],
        [{ unitId: housing, role: "SOLE" }, { unitId: housing, role: "SOLE" }],
        [],
      ];
      for (const a of plans) await expectRefused(s, item, "INVALID_ASSIGNMENT_PLAN", () => office.errorCode(Q.assign, { id: item, a }));
      await expectRefused(s, item, "BAD_USER_INPUT", () =>
        office.errorCode(Q.assign, { id: item, a: [{ unitId: "00000000-0000-4000-8000-000000000000", role: "SOLE" }] }),
      );
      expect(await itemRow(s, item)).toMatchObject({ status: "REGISTERED", version: 1 });
    });

    it("needs every CO opinion sent or waived before the LEAD reply leaves the unit", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const c = await logins(s, ["office", "handler", "unitleader", "member", "transport.handler", "education.handler", "leader"]);
      const item = await insertItem(s, world);
      const { housing, transport, education } = world.unitIds;
      await c.office.ok(Q.assign, {
        id: item,
        a: [
          { unitId: housing, role: "LEAD", share: 60 },
          { unitId: transport, role: "CO", share: 20 },
          { unitId: education, role: "CO", share: 20 },
        ],
      });
      const lead = await assignmentOf(s, item, housing);
      const coTransport = await assignmentOf(s, item, transport);
      const coEducation = await assignmentOf(s, item, education);
      const [dates] = await s.dataSource.query(`SELECT co_opinion_due_on FROM assignment WHERE id = $1`, [coTransport]);
      expect(dates.co_opinion_due_on).toBe("2025-04-03");

      await c.handler.ok(Q.receive, { id: lead });
      await c["transport.handler"].ok(Q.receive, { id: coTransport });
      await c["education.handler"].ok(Q.receive, { id: coEducation });

      // A CO unit does not reply, and the LEAD unit sends no co-opinion.
      await expectRefused(s, item, "FORBIDDEN", () => c["transport.handler"].errorCode(Q.saveReply, { id: coTransport, input: REPLY_A }));
      await expectRefused(s, item, "FORBIDDEN", () => c["transport.handler"].errorCode(Q.requestExtension, { id: coTransport, until: "2025-07-01", reason: "需要更多时间" }));
      await expectRefused(s, item, "NOT_FOUND", () => c["transport.handler"].errorCode(Q.saveReply, { id: lead, input: REPLY_A }));
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.handler.errorCode(Q.sendCoOpinion, { id: lead, content: "意见" }));
      await expectRefused(s, item, "INVALID_TRANSITION", () => c.office.errorCode(Q.waiveCoOpinion, { id: lead, reason: "不需要" }));

      const sent = await c["transport.handler"].ok<{ sendCoOpinion: { status: string; dueState: string } }>(Q.sendCoOpinion, {
        id: coTransport,
        content: "建议结合道路改造同步实施。",
      });
      expect(sent.sendCoOpinion).toMatchObject({ status: "OPINION_SENT", dueState: "DONE" });
      const toLead = await s.dataSource.query(
        `SELECT u.username, n.title FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.assignment_id = $1 AND n.kind = 'CO_OPINION_SENT' AND n.title LIKE '会办意见%' ORDER BY u.username`,
        [lead],
      );
      expect(toLead.map((r: { username: string }) => r.username)).toEqual(["handler", "unitleader"]);

      // Who reads the opinion: the CO unit, the LEAD unit, staff and readers; not the other CO unit, not the proposer.
      const opinionOf = async (who: keyof typeof c): Promise<string | null> => {
        const seen = await c[who].ok<Seen>(ITEM_ASSIGNMENTS, { id: item });
        return seen.proposal.assignments.find((a) => a.id === coTransport)?.coOpinion ?? null;
      };
      expect(await opinionOf("transport.handler")).toBe("建议结合道路改造同步实施。");
      expect(await opinionOf("handler")).toBe("建议结合道路改造同步实施。");
      expect(await opinionOf("office")).toBe("建议结合道路改造同步实施。");
      expect(await opinionOf("leader")).toBe("建议结合道路改造同步实施。");
      expect(await opinionOf("education.handler")).toBeNull();
      expect(await opinionOf("member")).toBeNull();

      await c.handler.ok(Q.communicate, { id: lead, input: PHONE_CALL });
      const reply = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: lead, input: REPLY_A });
      await c.handler.ok(Q.submitReply, { id: reply.saveReply.id });
      await expectRefused(s, item, "CO_OPINIONS_MISSING", () => c.unitleader.errorCode(Q.signOff, { id: reply.saveReply.id }));

      const waived = await c.office.ok<{ waiveCoOpinion: { coOpinionWaivedAt: string; dueState: string; status: string } }>(Q.waiveCoOpinion, {
        id: coEducation,
        reason: "该单位职能已调整，无需会办",
      });
      expect(waived.waiveCoOpinion).toMatchObject({ status: "RECEIVED", dueState: "DONE" });
      const signed = await c.unitleader.ok<{ signOffReply: { status: string } }>(Q.signOff, { id: reply.saveReply.id });
      expect(signed.signOffReply.status).toBe("SENT");
      // The item is replied by its LEAD alone; CO assignments keep their own status.
      expect(await itemRow(s, item)).toMatchObject({ status: "REPLIED" });
      const statuses = await s.dataSource.query(`SELECT role, status FROM assignment WHERE proposal_id = $1 ORDER BY role, status`, [item]);
      expect(statuses).toEqual([
        { role: "CO", status: "OPINION_SENT" },
        { role: "CO", status: "RECEIVED" },
        { role: "LEAD", status: "REPLIED" },
      ]);
    });
  },
  { demo: true, env: HANDLING_ENV },
);
