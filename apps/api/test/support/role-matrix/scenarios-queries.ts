// Scenario builders of the queries. Reads change nothing, so they share two rows made once per
// database: an item of the CPPCC in a session of its own (filed for the demo member, assigned SOLE to
// the housing bureau) that every relation owns (`own`), and a People's Congress item in a session of
// its own assigned SOLE to the transport bureau (`other` for the committee, the housing bureau and the
// member alike). Both sessions are of one year, so the year's assessment holds both units.
import { assignedItem } from "./flow";
import { field, type Prepared, type Scenario, type Target } from "./scenario";
import type { World } from "./world";

const READ_YEAR = 2099;

interface ReadRows {
  ownSession: string;
  otherSession: string;
  ownItem: string;
  otherItem: string;
}

const made = new WeakMap<World, Promise<ReadRows>>();

async function makeReadRows(w: World): Promise<ReadRows> {
  const session = async (bodyId: string): Promise<string> =>
    (await w.as.admin.ok<{ createSession: { id: string } }>(`mutation($b: ID!, $y: Int!) { createSession(input: { bodyId: $b, term: 99, number: 1, year: $y }) { id } }`, { b: bodyId, y: READ_YEAR }))
      .createSession.id;
  const ownSession = await session(w.ids.cppccBody);
  const otherSession = await session(w.ids.npcBody);
  const own = await assignedItem(w, [["housing", "SOLE"]], { sessionId: ownSession, proposer: w.ids.member });
  const other = await assignedItem(w, [["transport", "SOLE"]], { body: "npc", sessionId: otherSession });
  return { ownSession, otherSession, ownItem: own.item, otherItem: other.item };
}

function readRows(w: World): Promise<ReadRows> {
  let rows = made.get(w);
  if (!rows) {
    rows = makeReadRows(w);
    made.set(w, rows);
  }
  return rows;
}

const isOther = (t: Target): boolean => t.variant === "other";

/** The item of the variant, as `id` and as `ref`. */
async function item(w: World, t: Target): Promise<Prepared> {
  const rows = await readRows(w);
  const id = isOther(t) ? rows.otherItem : rows.ownItem;
  return { vars: { id }, ref: id };
}

/** The session of the variant (the figures' scope, the report's session), with its item as `ref`. */
async function session(w: World, t: Target): Promise<Prepared> {
  const rows = await readRows(w);
  return isOther(t) ? { vars: { s: rows.otherSession }, ref: rows.otherItem } : { vars: { s: rows.ownSession }, ref: rows.ownItem };
}

/** The unit line of the variant in the read year's assessment. */
async function unitLine(w: World, t: Target): Promise<Prepared> {
  await readRows(w);
  const unit = isOther(t) ? w.ids.units.transport : w.ids.units.housing;
  return { vars: { y: READ_YEAR, u: unit }, ref: unit };
}

const none = async (): Promise<Prepared> => ({ vars: {} });
const ids = (list: Array<{ id: string }>): string[] => list.map((x) => x.id);

/** A reference read anyone may make: the answer has at least one entry. */
function reference(operation: Scenario["operation"], document: string, count: (data: Record<string, unknown>) => number): Scenario {
  return { operation, document, row: "none", prepare: none, sees: (data) => count(data) > 0 };
}

const listLength = (name: string) => (data: Record<string, unknown>) => field<unknown[]>(data, name).length;
const totalItems = (name: string) => (data: Record<string, unknown>) => field<{ totalItems: number }>(data, name).totalItems;

export const QUERY_SCENARIOS: Scenario[] = [
  reference("bodies", `{ bodies { id } }`, listLength("bodies")),
  reference("sessions", `{ sessions { id } }`, listLength("sessions")),
  reference("members", `{ members(options: { take: 1 }) { totalItems } }`, totalItems("members")),
  reference("units", `{ units(options: { take: 1 }) { totalItems } }`, totalItems("units")),
  reference("users", `{ users(options: { take: 1 }) { totalItems } }`, totalItems("users")),
  reference("apiTokens", `{ apiTokens { id } }`, listLength("apiTokens")),
  reference("holidays", `{ holidays { date } }`, listLength("holidays")),
  reference("ruleSets", `{ ruleSets { kind } }`, listLength("ruleSets")),
  reference("myTasks", `{ myTasks { groups { key count } } }`, (data) => (Array.isArray(field<{ groups: unknown[] }>(data, "myTasks").groups) ? 1 : 0)),
  reference("notifications", `{ notifications(options: { take: 5 }) { totalItems } }`, (data) => (totalItems("notifications")(data) >= 0 ? 1 : 0)),
  {
    operation: "addWorkingDays",
    document: `query($d: Date!) { addWorkingDays(from: $d, days: 5) }`,
    row: "none",
    prepare: async (w) => ({ vars: { d: w.today } }),
    sees: (data, p) => field<string>(data, "addWorkingDays") > String(p.vars.d),
  },
  {
    operation: "assessmentScheme",
    document: `query($y: Int!) { assessmentScheme(year: $y) { year indicators { key } } }`,
    row: "none",
    prepare: async () => ({ vars: { y: READ_YEAR } }),
    sees: (data) => field<{ indicators: unknown[] }>(data, "assessmentScheme").indicators.length > 0,
  },
  {
    operation: "proposal",
    document: `query($id: ID!) { proposal(id: $id) { id } }`,
    row: "item",
    hiding: "null",
    prepare: item,
    sees: (data, p) => field<{ id: string } | null>(data, "proposal")?.id === p.ref,
  },
  {
    operation: "proposals",
    document: `query($s: ID!) { proposals(options: { take: 100, filter: { sessionId: $s } }) { items { id } } }`,
    row: "item",
    hiding: "absent",
    prepare: session,
    sees: (data, p) => ids(field<{ items: Array<{ id: string }> }>(data, "proposals").items).includes(p.ref!),
  },
  {
    operation: "figures",
    document: `query($s: ID!) { figures(scope: { sessionId: $s }) { handled } }`,
    row: "item",
    // Committee staff get their own body, unit users their own unit, whatever they ask for.
    hiding: "narrowed",
    prepare: session,
    sees: (data) => field<{ handled: number }>(data, "figures").handled > 0,
  },
  {
    operation: "figureItems",
    document: `query($s: ID!) { figureItems(scope: { sessionId: $s }, figure: HANDLED, part: NUMERATOR, options: { take: 100 }) { items { id } } }`,
    row: "item",
    hiding: "narrowed",
    prepare: session,
    sees: (data, p) => ids(field<{ items: Array<{ id: string }> }>(data, "figureItems").items).includes(p.ref!),
  },
  {
    operation: "similarProposals",
    document: `query($id: ID!) { similarProposals(id: $id, limit: 3) { score } }`,
    row: "item",
    hiding: "NOT_FOUND",
    prepare: item,
    sees: (data) => Array.isArray(field<unknown[]>(data, "similarProposals")),
  },
  {
    operation: "annualReport",
    document: `query($s: ID!) { annualReport(sessionId: $s) { title session { id } } }`,
    row: "item",
    hiding: "NOT_FOUND",
    prepare: session,
    sees: (data, p) => field<{ session: { id: string } }>(data, "annualReport").session.id === p.vars.s,
  },
  {
    operation: "assessment",
    document: `query($y: Int!) { assessment(year: $y) { units { unit { id } } } }`,
    row: "item",
    // A unit user sees their own unit's line only.
    hiding: "absent",
    prepare: async (w, t) => {
      const p = await unitLine(w, t);
      return { vars: { y: p.vars.y }, ref: p.ref! };
    },
    sees: (data, p) => field<{ units: Array<{ unit: { id: string } }> }>(data, "assessment").units.some((u) => u.unit.id === p.ref),
  },
  {
    operation: "assessmentItems",
    document: `query($y: Int!, $u: ID!) { assessmentItems(year: $y, unitId: $u, indicator: "onTime", part: DENOMINATOR) { totalItems } }`,
    row: "item",
    hiding: "NOT_FOUND",
    prepare: unitLine,
    sees: (data) => field<{ totalItems: number }>(data, "assessmentItems").totalItems >= 0,
  },
];
