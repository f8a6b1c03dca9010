// The 2033 assessment scenario: seven demo units whose scores are worked out by hand (see
// ASSESSMENT_2033 below and assessment.test.ts), built row by row with FigureFixtures. Today is
// 2034-03-01 (China) when it is scored. Every item is assigned 2033-02-01, due 2033-05-01; a
// CO opinion is due 2033-03-01.
import type { Satisfaction } from "@jyta/domain";
import type { DataSource } from "typeorm";
import type { FigureFixtures } from "./figure-fixtures";

export const YEAR = 2033;
export const TODAY_ISO = "2034-03-01T02:00:00Z";
export const UNIT_NAMES = { A: "住建", B: "发改", C: "教", D: "交", E: "卫健", F: "民", G: "科" } as const;
export type UnitLetter = keyof typeof UNIT_NAMES;

const ASSIGNED = "2033-02-01";
const ON_TIME = "2033-04-15";
const BEFORE = "2033-03-01";

interface ReplyPlan {
  /** Sent on, or null: not replied. */
  sentOn: string | null;
  category?: string;
  communicated?: boolean;
  rating?: Satisfaction;
  quality?: number;
  rework?: number;
}

export interface AssessmentScenario {
  fx: FigureFixtures;
  units: Record<UnitLetter, string>;
  /** Item ids by label (A1, B3, …). */
  items: Record<string, string>;
  /** Assignment ids by label (the unit's own assignment on that item; "A2co" for CO ones). */
  assignments: Record<string, string>;
}

export async function buildAssessmentScenario(fx: FigureFixtures, ds: DataSource): Promise<AssessmentScenario> {
  const session = await fx.session(fx.cppccBodyId, 33, YEAR);
  const units = Object.fromEntries(Object.entries(UNIT_NAMES).map(([k, v]) => [k, fx.unit(v)])) as Record<UnitLetter, string>;
  const items: Record<string, string> = {};
  const assignments: Record<string, string> = {};
  let n = 0;

  /** An item with one proposer (plus a second whose ratings never count). */
  const item = async (label: string, status: "HANDLING" | "REPLIED" | "CLOSED", isKey = false): Promise<{ id: string; member: string }> => {
    n += 1;
    const member = await fx.member(fx.cppccBodyId, `考评委员${n}`);
    const other = await fx.member(fx.cppccBodyId, `考评附议${n}`);
    const id = await fx.item({ sessionId: session, status, proposers: [member, other], isKey, title: `考评件${label}`, number: n });
    items[label] = id;
    return { id, member };
  };

  const answer = async (label: string, assignmentId: string, member: string, plan: ReplyPlan): Promise<void> => {
    assignments[label] = assignmentId;
    if (plan.communicated) await fx.communication(assignmentId, BEFORE);
    if (plan.sentOn === null) return;
    const reply = await fx.reply({ assignmentId, category: plan.category ?? "A", sentOn: plan.sentOn, reworkCount: plan.rework ?? 0 });
    if (plan.quality !== undefined) await ds.query(`UPDATE reply SET quality_score = $2 WHERE id = $1`, [reply, plan.quality]);
    if (plan.rating) await fx.feedback(reply, member, plan.rating);
  };

  /** One item answered by one unit alone. */
  const sole = async (label: string, unit: UnitLetter, plan: ReplyPlan, opts: { isKey?: boolean; status?: "HANDLING" | "REPLIED" | "CLOSED" } = {}): Promise<void> => {
    const status = opts.status ?? (plan.sentOn === null ? "HANDLING" : "CLOSED");
    const { id, member } = await item(label, status, opts.isKey);
    const a = await fx.assignment({ proposalId: id, unitId: units[unit], role: "SOLE", assignedOn: ASSIGNED, receivedOn: "2033-02-02", status: plan.sentOn ? "REPLIED" : "RECEIVED" });
    await answer(label, a, member, plan);
  };

  const perfect: ReplyPlan = { sentOn: ON_TIME, category: "A", communicated: true, rating: "SATISFIED" };

  // A 住建: five replying assignments, all on time with communication, category A, rated well; quality
  // 90 and 80 on two; four key items led (SOLE/LEAD) and closed with A (bonus 4 → capped at 3); one
  // CO opinion on time (on C2).
  await sole("A1", "A", { ...perfect, quality: 90 }, { isKey: true });
  {
    const { id, member } = await item("A2", "CLOSED", true);
    const lead = await fx.assignment({ proposalId: id, unitId: units.A, role: "LEAD", assignedOn: ASSIGNED, receivedOn: "2033-02-02", status: "REPLIED" });
    // B's CO opinion on A2 is late (due 03-01, sent 03-10).
    assignments.B_A2co = await fx.assignment({ proposalId: id, unitId: units.B, role: "CO", assignedOn: ASSIGNED, receivedOn: "2033-02-03", coOpinionSentOn: "2033-03-10", status: "OPINION_SENT" });
    await answer("A2", lead, member, { ...perfect, quality: 80 });
  }
  await sole("A3", "A", { ...perfect, rating: "BASICALLY_SATISFIED" }, { isKey: true });
  {
    // A4: SPLIT between A and C, key (SPLIT earns no bonus); the first proposer rates A's reply
    // SATISFIED and C's BASICALLY_SATISFIED; C replies B.
    const { id, member } = await item("A4", "CLOSED", true);
    const a = await fx.assignment({ proposalId: id, unitId: units.A, role: "SPLIT", assignedOn: ASSIGNED, receivedOn: "2033-02-02", status: "REPLIED" });
    const c = await fx.assignment({ proposalId: id, unitId: units.C, role: "SPLIT", assignedOn: ASSIGNED, receivedOn: "2033-02-02", status: "REPLIED" });
    await answer("A4", a, member, perfect);
    await answer("C1", c, member, { ...perfect, category: "B", rating: "BASICALLY_SATISFIED" });
  }
  await sole("A5", "A", perfect, { isKey: true });

  // B 发改: four SOLE replies on time; ratings S, S, D and none; categories A, B, A, C; communication
  // on three; rework 3 + 4 = 7 (capped at −5); CO opinion late (above); no quality rating.
  await sole("B1", "B", { ...perfect, rework: 3 });
  await sole("B2", "B", { ...perfect, category: "B", rework: 4 });
  await sole("B3", "B", { ...perfect, communicated: false, rating: "DISSATISFIED" }, { status: "REPLIED" });
  await sole("B4", "B", { sentOn: ON_TIME, category: "C", communicated: true }, { status: "REPLIED" });

  // C 教: C1 (SPLIT on A4, above), C2 LEAD replied 10 days late (not > 30) with quality 70 and A's CO
  // opinion on time, C3 on time.
  {
    const { id, member } = await item("C2", "CLOSED");
    const lead = await fx.assignment({ proposalId: id, unitId: units.C, role: "LEAD", assignedOn: ASSIGNED, receivedOn: "2033-02-02", status: "REPLIED" });
    assignments.A_C2co = await fx.assignment({ proposalId: id, unitId: units.A, role: "CO", assignedOn: ASSIGNED, receivedOn: "2033-02-02", coOpinionSentOn: "2033-02-20", status: "OPINION_SENT" });
    await answer("C2", lead, member, { ...perfect, sentOn: "2033-05-11", quality: 70 });
  }
  await sole("C3", "C", perfect);

  // D 交: five unreplied, long past due; D6 replied 31 days late (D, rated DISSATISFIED); D7 replied
  // exactly 30 days late (C, no communication): late 6 → −12, capped at −10.
  for (let i = 1; i <= 5; i++) await sole(`D${i}`, "D", { sentOn: null });
  await sole("D6", "D", { sentOn: "2033-06-01", category: "D", communicated: true, rating: "DISSATISFIED" });
  await sole("D7", "D", { sentOn: "2033-05-31", category: "C" }, { status: "REPLIED" });

  // E 卫健 and F 民: the same three on-time A replies without any communication, one rated: a tie at 85.
  // E also had an assignment returned (voided): it does not count.
  for (const u of ["E", "F"] as const) {
    await sole(`${u}1`, u, { sentOn: ON_TIME, category: "A", rating: "SATISFIED" });
    await sole(`${u}2`, u, { sentOn: ON_TIME, category: "A" }, { status: "REPLIED" });
    await sole(`${u}3`, u, { sentOn: ON_TIME, category: "A" }, { status: "REPLIED" });
  }

  // G 科: under the minimum sample with two assignments: G1 perfect, and E4 (returned by E, reassigned
  // to G on 02-10, due 05-10) unreplied and long past due (late 1 → −2). Shown, not ranked.
  await sole("G1", "G", perfect);
  {
    const { id } = await item("E4", "HANDLING");
    await fx.assignment({ proposalId: id, unitId: units.E, role: "SOLE", assignedOn: ASSIGNED, voided: true });
    assignments.G_E4 = await fx.assignment({ proposalId: id, unitId: units.G, role: "SOLE", assignedOn: "2033-02-10", receivedOn: "2033-02-11" });
  }

  // Another year's item: must not count for A.
  const otherSession = await fx.session(fx.cppccBodyId, 32, YEAR - 1);
  const other = await fx.item({ sessionId: otherSession, status: "HANDLING", proposers: [await fx.member(fx.cppccBodyId, "往年委员")], title: "往年件" });
  await fx.assignment({ proposalId: other, unitId: units.A, role: "SOLE", assignedOn: "2032-02-01" });

  return { fx, units, items, assignments };
}
