// Scenario builders of the office's supervision and assessment mutations. Assessment rows are years of
// their own (a session of that year with one assigned item), so publishing or adjusting one cell's
// year never touches another's.
import { defaultAssessmentScheme } from "@jyta/domain";
import { assignedItem, registeredItem } from "./flow";
import { field, type Scenario } from "./scenario";
import { nextTag, type World } from "./world";

let nextYear = 2100;

/** A year no other row uses, with a CPPCC session and an item assigned to the housing bureau. */
async function assessedYear(w: World): Promise<number> {
  nextYear += 1;
  const year = nextYear;
  const session = await w.as.admin.ok<{ createSession: { id: string } }>(
    `mutation($b: ID!, $t: Int!, $y: Int!) { createSession(input: { bodyId: $b, term: $t, number: 1, year: $y }) { id } }`,
    { b: w.ids.cppccBody, t: year - 2050, y: year }, // terms 51…98: the read rows use 99
  );
  await assignedItem(w, [["housing", "SOLE"]], { sessionId: session.createSession.id });
  return year;
}

/** The default scheme as the GraphQL input (category values as a list). */
function schemeInput(): Record<string, unknown> {
  const s = defaultAssessmentScheme();
  return {
    ...s,
    indicators: s.indicators.map(({ categoryValues, ...i }) => ({
      ...i,
      ...(categoryValues ? { categoryValues: Object.entries(categoryValues).map(([code, value]) => ({ code, value })) } : {}),
    })),
  };
}

export const OFFICE_SCENARIOS: Scenario[] = [
  {
    operation: "markKey",
    document: `mutation($id: ID!) { markKey(id: $id, isKey: true, leader: "林涛") { id isKey supervisingLeader } }`,
    row: "item",
    prepare: async (w) => ({ vars: { id: await registeredItem(w) } }),
    check: (data) => expect(field<{ isKey: boolean }>(data, "markKey").isKey).toBe(true),
  },
  {
    operation: "markNumberOne",
    document: `mutation($id: ID!) { markNumberOne(id: $id, isNumberOne: true) { id isNumberOne } }`,
    row: "item",
    prepare: async (w) => ({ vars: { id: await registeredItem(w) } }),
    check: (data) => expect(field<{ isNumberOne: boolean }>(data, "markNumberOne").isNumberOne).toBe(true),
  },
  {
    operation: "recordSupervision",
    document: `mutation($id: ID!, $input: SupervisionInput!) { recordSupervision(proposalId: $id, input: $input) { id kind } }`,
    row: "item",
    prepare: async (w) => ({ vars: { id: (await assignedItem(w, [["housing", "SOLE"]])).item, input: { kind: "INSPECTION", note: "实地检查加装电梯进度" } } }),
    check: (data) => expect(field<{ kind: string }>(data, "recordSupervision").kind).toBe("INSPECTION"),
  },
  {
    operation: "publishAssessment",
    document: `mutation($year: Int!) { publishAssessment(year: $year) { year published } }`,
    row: "none",
    prepare: async (w) => ({ vars: { year: await assessedYear(w) } }),
    check: (data) => expect(field<{ published: boolean }>(data, "publishAssessment").published).toBe(true),
  },
  {
    operation: "adjustScore",
    document: `mutation($year: Int!, $unitId: ID!) { adjustScore(year: $year, unitId: $unitId, points: 1, reason: "创新办理方式，获市级表扬") { unit { id } adjustments { points } } }`,
    row: "none",
    prepare: async (w) => ({ vars: { year: await assessedYear(w), unitId: w.ids.units.housing } }),
    check: (data) => expect(field<{ adjustments: Array<{ points: number }> }>(data, "adjustScore").adjustments).toEqual([{ points: 1 }]),
  },
  {
    operation: "updateReportNarrative",
    document: `mutation($sessionId: ID!, $input: ReportNarrativeInput!) { updateReportNarrative(sessionId: $sessionId, input: $input) { narrative { measures } } }`,
    row: "none",
    prepare: async (w) => ({ vars: { sessionId: w.ids.cppccSession, input: { measures: `坚持领导领办、部门协办（矩阵${nextTag()}）。` } } }),
    check: (data, p) =>
      expect(field<{ narrative: { measures: string } }>(data, "updateReportNarrative").narrative.measures).toBe((p.vars.input as { measures: string }).measures),
  },
  {
    operation: "updateAssessmentScheme",
    document: `mutation($year: Int!, $input: AssessmentSchemeInput!) { updateAssessmentScheme(year: $year, input: $input) { year stored } }`,
    row: "none",
    prepare: async () => {
      nextYear += 1;
      return { vars: { year: nextYear, input: schemeInput() } };
    },
    check: (data) => expect(field<{ stored: boolean }>(data, "updateAssessmentScheme").stored).toBe(true),
  },
];
