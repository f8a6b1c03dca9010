// The handling fields (Assignment, Reply, Feedback, Communication) load through per-request
// DataLoaders: a list's SQL statement count does not grow with its page size.
import { describeEachDatabase } from "./support/each-database";
import { leastSqlCount } from "./support/sql-count";
import {
  ASSIGN_DAY,
  assignmentOf,
  HANDLING_ENV,
  handlingWorld,
  insertItem,
  logins,
  PHONE_CALL,
  Q,
  REPLY_A,
  SATISFIED,
} from "./support/handling-fixtures";

const LIST = `query($take: Int!) { proposals(options: { take: $take }) { items { id assignments {
  id status dueState coOpinion availableActions unit { name } proposal { id }
  communications { id assignment { id } } returnRequests { id } extensionRequests { id } followUpNotes { id }
  replies { id qualityScore feedbackWindowEndsOn availableActions unit { name } assignment { id } proposal { id }
    feedback { id member { name } reply { id } } }
} } } }`;

describeEachDatabase(
  "handling: loaders",
  (server) => {
    it("reads assignments, replies and ratings of a page in a fixed number of statements", async () => {
      server().clock.set(ASSIGN_DAY);
      const s = server();
      const world = await handlingWorld(s);
      const c = await logins(s, ["office", "handler", "unitleader", "member"]);
      const units = [world.unitIds.transport, world.unitIds.education, world.unitIds.civil];
      for (let i = 0; i < 6; i++) {
        const item = await insertItem(s, world);
        await c.office.ok(Q.assign, { id: item, a: [{ unitId: world.unitIds.housing, role: "LEAD" }, { unitId: units[i % 3]!, role: "CO" }] });
        const lead = await assignmentOf(s, item, world.unitIds.housing);
        await c.handler.ok(Q.receive, { id: lead });
        await c.handler.ok(Q.communicate, { id: lead, input: PHONE_CALL });
        const reply = await c.handler.ok<{ saveReply: { id: string } }>(Q.saveReply, { id: lead, input: REPLY_A });
        await c.handler.ok(Q.submitReply, { id: reply.saveReply.id });
        await c.office.ok(Q.waiveCoOpinion, { id: await assignmentOf(s, item, units[i % 3]!), reason: "免于会办" });
        await c.unitleader.ok(Q.signOff, { id: reply.saveReply.id });
        await c.member.ok(Q.feedback, { id: reply.saveReply.id, input: SATISFIED });
      }
      for (const who of ["office", "handler", "member"] as const) {
        const small = await c[who].request(LIST, { take: 2 });
        const large = await c[who].request(LIST, { take: 6 });
        expect(small.errors).toBeUndefined();
        expect(large.errors).toBeUndefined();
        const items = (large.data as { proposals: { items: unknown[] } }).proposals.items;
        expect(items.length).toBe(6);
        // DataLoader batches by timing: a busy machine can split one relation's loads into two
        // batches. Timing only ever adds statements, so the least of a few runs is the shape's count.
        expect(await leastSqlCount(c[who], LIST, { take: 6 })).toBeLessThanOrEqual(await leastSqlCount(c[who], LIST, { take: 2 }));
      }
    });
  },
  { demo: true, env: HANDLING_ENV },
);
