// Two data sets for the figure tests, built row by row with FigureFixtures:
// - reportSession: the seed report's shape (42 items, all replied with A, all rated satisfied or
//   basically satisfied, mixed SOLE / LEAD+CO / SPLIT);
// - mixedSession: every kind of outcome, with the expected figures worked out by hand in figures.test.ts
//   (today is 2025-06-30 there).
import type { FigureFixtures } from "./figure-fixtures";

/** The seed report's session: `count` items, all closed with A and rated well. */
export async function reportSession(fx: FigureFixtures, term: number, count = 42): Promise<string> {
  const session = await fx.session(fx.cppccBodyId, term, 2024);
  const units = ["住建", "发改", "教", "交", "卫健", "民"].map((u) => fx.unit(u));
  for (let n = 1; n <= count; n++) {
    const member = await fx.member(fx.cppccBodyId, `委员${term}-${n}`);
    const item = await fx.item({ sessionId: session, status: "CLOSED", proposers: [member], subjectArea: n % 2 ? "ECONOMY" : "URBAN_RURAL" });
    const shape = n % 3; // 0: SOLE, 1: LEAD + CO, 2: SPLIT
    const replying = shape === 2 ? [units[n % 6]!, units[(n + 1) % 6]!] : [units[n % 6]!];
    if (shape === 1) await fx.assignment({ proposalId: item, unitId: units[(n + 2) % 6]!, role: "CO", assignedOn: "2024-02-01", receivedOn: "2024-02-02", coOpinionSentOn: "2024-02-20", status: "OPINION_SENT" });
    for (const unitId of replying) {
      const role = shape === 0 ? "SOLE" : shape === 1 ? "LEAD" : "SPLIT";
      const a = await fx.assignment({ proposalId: item, unitId, role, assignedOn: "2024-02-01", receivedOn: "2024-02-03", status: "REPLIED" });
      await fx.communication(a, "2024-03-01");
      const reply = await fx.reply({ assignmentId: a, category: "A", sentOn: "2024-04-15" });
      await fx.feedback(reply, member, n % 4 === 0 ? "BASICALLY_SATISFIED" : "SATISFIED");
    }
  }
  return session;
}

export interface MixedSession {
  sessionId: string;
  items: Record<string, string>;
  units: { housing: string; development: string; education: string; transport: string };
}

/** The mixed session (see figures.test.ts for the expected figures of each row). */
export async function mixedSession(fx: FigureFixtures): Promise<MixedSession> {
  const sessionId = await fx.session(fx.cppccBodyId, 31, 2031);
  const U1 = fx.unit("住建"), U2 = fx.unit("发改"), U3 = fx.unit("教"), U4 = fx.unit("交");
  const m: string[] = [];
  for (let i = 1; i <= 15; i++) m.push(await fx.member(fx.cppccBodyId, `混合委员${i}`));
  const item = (n: number, status: Parameters<FigureFixtures["item"]>[0]["status"], subjectArea: string | null, extra: Partial<Parameters<FigureFixtures["item"]>[0]> = {}) =>
    fx.item({ sessionId, status, subjectArea, proposers: [m[n - 1]!, m[14]!], number: ["SUBMITTED", "WITHDRAWN", "MERGED"].includes(status) ? null : n, title: `混合件${n}`, ...extra });
  const I: Record<string, string> = {};

  // I1: SOLE 住建, on time with communication, rated SATISFIED, closed, key item.
  I.I1 = await item(1, "CLOSED", "URBAN_RURAL", { isKey: true });
  const a1 = await fx.assignment({ proposalId: I.I1, unitId: U1, role: "SOLE", assignedOn: "2025-02-01", receivedOn: "2025-02-03", status: "REPLIED" });
  await fx.communication(a1, "2025-03-01");
  const r1 = await fx.reply({ assignmentId: a1, category: "A", sentOn: "2025-04-20" });
  await fx.feedback(r1, m[0]!, "SATISFIED");
  await fx.feedback(r1, m[14]!, "DISSATISFIED"); // a second proposer's rating does not count

  // I2: SOLE 发改, approved extension 05-01 → 06-15, replied B on 06-10 (on time), no communication, unrated.
  I.I2 = await item(2, "REPLIED", "ECONOMY");
  const a2 = await fx.assignment({ proposalId: I.I2, unitId: U2, role: "SOLE", assignedOn: "2025-02-01", receivedOn: "2025-02-05", replyDueOn: "2025-06-15", originalReplyDueOn: "2025-05-01", status: "REPLIED" });
  await fx.extension(a2, "2025-06-15", "2025-04-25");
  await fx.reply({ assignmentId: a2, category: "B", sentOn: "2025-06-10" });

  // I3: LEAD 住建 (late, communication only after the reply, one rework) + CO 教 (opinion on time); DISSATISFIED.
  I.I3 = await item(3, "REPLIED", "URBAN_RURAL");
  const a3 = await fx.assignment({ proposalId: I.I3, unitId: U1, role: "LEAD", assignedOn: "2025-02-01", receivedOn: "2025-02-02", status: "REPLIED" });
  await fx.assignment({ proposalId: I.I3, unitId: U3, role: "CO", assignedOn: "2025-02-01", receivedOn: "2025-02-04", coOpinionSentOn: "2025-02-20", status: "OPINION_SENT" });
  await fx.communication(a3, "2025-05-12");
  const r3 = await fx.reply({ assignmentId: a3, category: "A", sentOn: "2025-05-10", reworkCount: 1 });
  await fx.feedback(r3, m[2]!, "DISSATISFIED");

  // I4: SPLIT 发改 (A) + 交 (C), both on time with communication; rated SATISFIED and BASICALLY_SATISFIED.
  I.I4 = await item(4, "CLOSED", "EDUCATION");
  const a5 = await fx.assignment({ proposalId: I.I4, unitId: U2, role: "SPLIT", assignedOn: "2025-03-01", receivedOn: "2025-03-02", status: "REPLIED" });
  const a6 = await fx.assignment({ proposalId: I.I4, unitId: U4, role: "SPLIT", assignedOn: "2025-03-01", receivedOn: "2025-03-11", status: "REPLIED" });
  for (const a of [a5, a6]) await fx.communication(a, "2025-04-01");
  await fx.feedback(await fx.reply({ assignmentId: a5, category: "A", sentOn: "2025-05-20" }), m[3]!, "SATISFIED");
  await fx.feedback(await fx.reply({ assignmentId: a6, category: "C", sentOn: "2025-05-25" }), m[3]!, "BASICALLY_SATISFIED");

  // I5: SOLE 教 returned (voided), reassigned SOLE 住建, replied A on time; closed without feedback.
  I.I5 = await item(5, "CLOSED", "URBAN_RURAL", { closeReason: "NO_FEEDBACK" });
  await fx.assignment({ proposalId: I.I5, unitId: U3, role: "SOLE", assignedOn: "2025-02-01", receivedOn: "2025-02-02", voided: true });
  const a8 = await fx.assignment({ proposalId: I.I5, unitId: U1, role: "SOLE", assignedOn: "2025-02-10", receivedOn: "2025-02-12", status: "REPLIED" });
  await fx.communication(a8, "2025-03-01");
  await fx.reply({ assignmentId: a8, category: "A", sentOn: "2025-05-05" });

  // I6: merged into I1; its first proposer rated I1's reply SATISFIED (counts only on the BEFORE_MERGE basis).
  I.I6 = await item(6, "MERGED", "URBAN_RURAL", { mergedIntoId: I.I1 });
  await fx.feedback(r1, m[5]!, "SATISFIED");

  // I7: SOLE 交, due 06-01, unreplied: past due, overdue.
  I.I7 = await item(7, "HANDLING", "ECONOMY");
  await fx.assignment({ proposalId: I.I7, unitId: U4, role: "SOLE", assignedOn: "2025-03-01" });

  // I8: SOLE 住建, due 07-05 (due soon), reply awaiting sign-off.
  I.I8 = await item(8, "HANDLING", null);
  const a10 = await fx.assignment({ proposalId: I.I8, unitId: U1, role: "SOLE", assignedOn: "2025-04-05", receivedOn: "2025-04-07" });
  await fx.reply({ assignmentId: a10, category: "A", sentOn: null });

  // I9: LEAD 发改 (due 09-01) + CO 住建 (opinion due 07-01: due soon).
  I.I9 = await item(9, "HANDLING", "ECONOMY");
  await fx.assignment({ proposalId: I.I9, unitId: U2, role: "LEAD", assignedOn: "2025-06-01" });
  await fx.assignment({ proposalId: I.I9, unitId: U1, role: "CO", assignedOn: "2025-06-01" });

  // I10 registered, not assigned; I11 submitted; I12 withdrawn.
  I.I10 = await item(10, "REGISTERED", "EDUCATION");
  I.I11 = await item(11, "SUBMITTED", "EDUCATION");
  I.I12 = await item(12, "WITHDRAWN", "EDUCATION");

  // I13: LEAD 教 (due 07-01: due soon) + CO 交 (opinion due 05-01, missing: overdue).
  I.I13 = await item(13, "HANDLING", "OTHER");
  await fx.assignment({ proposalId: I.I13, unitId: U3, role: "LEAD", assignedOn: "2025-04-01" });
  await fx.assignment({ proposalId: I.I13, unitId: U4, role: "CO", assignedOn: "2025-04-01" });

  // I14: round 2. SOLE 发改, round-1 reply D late (05-05 > 04-25), rated DISSATISFIED; re-handling moved
  // replyDueOn to 07-15, round-2 reply not sent yet.
  I.I14 = await item(14, "HANDLING", null, { round: 2 });
  const a15 = await fx.assignment({ proposalId: I.I14, unitId: U2, role: "SOLE", assignedOn: "2025-01-25", receivedOn: "2025-01-27", replyDueOn: "2025-07-15", originalReplyDueOn: "2025-04-25" });
  await fx.feedback(await fx.reply({ assignmentId: a15, category: "D", sentOn: "2025-05-05" }), m[13]!, "DISSATISFIED");

  return { sessionId, items: I, units: { housing: U1, development: U2, education: U3, transport: U4 } };
}
