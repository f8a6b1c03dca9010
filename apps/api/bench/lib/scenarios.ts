// The requests measured, checked against the committed schema (apps/api/schema.graphql) before any
// load is sent: an operation another engineer has not written yet is reported as missing instead of
// being measured as errors. myTasks has a free shape, so its selection is built from the schema.
import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType, isNonNullType, parse, validate, type GraphQLObjectType, type GraphQLSchema } from "graphql";

export interface Scenario {
  name: string;
  /** Who sends it. */
  user: "office" | "handler";
  query: string;
  /** Variables for request `i` (e.g. cycling over item ids). */
  variables?: (i: number) => Record<string, unknown>;
  /** Why it cannot run, when it cannot. */
  missing?: string;
}

export const LIST = `query List { proposals(options: { take: 50 }) { items { id number title status leadUnit { name } proposers { name } } } }`;
export const LIST_TOTAL = `query ListTotal { proposals(options: { take: 50 }) { totalItems items { id number title status leadUnit { name } proposers { name } } } }`;
/** What the ledger screen asks for most: one session's items, with the count for the pager. */
const LIST_SESSION = `query ListSession($s: ID!) { proposals(options: { take: 50, filter: { sessionId: $s } }) { totalItems items { id number title status leadUnit { name } proposers { name } } } }`;
const DETAIL = `query Detail($id: ID!) { proposal(id: $id) { id number title status
  assignments { id role status replyDueOn unit { name } } replies { id status category documentNumber sentAt } events { id at action } } }`;
const FIGURES = `query Figures($year: Int!) { figures(scope: { year: $year }) { handled replied replyRate onTimeReplyRate rated satisfied
  basicallySatisfied dissatisfied satisfactionRate solvedRate communicationRate categories { category count share } } }`;

export function loadSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.resolve(__dirname, "..", "..", "schema.graphql"), "utf8"));
}

/** Every field without required arguments, to `depth` levels of objects (a "show me everything" query). */
export function fullSelection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  const parts = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (!isObjectType(named)) return [f.name];
    return depth > 1 ? [`${f.name} { ${fullSelection(named, depth - 1)} }`] : [];
  });
  return parts.length ? parts.join(" ") : "__typename";
}

function check(schema: GraphQLSchema, scenario: Scenario): Scenario {
  const errors = validate(schema, parse(scenario.query));
  return errors.length ? { ...scenario, missing: errors.map((e) => e.message).join("; ") } : scenario;
}

export interface ScenarioData {
  /** Items for the detail request, cycled over. */
  ids: readonly string[];
  year: number;
  /** The current CPPCC session, for the one-session list. */
  sessionId: string;
}

export function scenarios(schema: GraphQLSchema, { ids, year, sessionId }: ScenarioData): Scenario[] {
  const tasks = schema.getQueryType()?.getFields().myTasks;
  const tasksType = tasks ? getNamedType(tasks.type) : undefined;
  const myTasks = tasksType && isObjectType(tasksType) ? `query MyTasks { myTasks { ${fullSelection(tasksType, 4)} } }` : `query MyTasks { myTasks { __typename } }`;
  const list: Scenario[] = [
    { name: "list (take 50)", user: "office", query: LIST },
    { name: "list + totalItems", user: "office", query: LIST_TOTAL },
    { name: "list (one session)", user: "office", query: LIST_SESSION, variables: () => ({ s: sessionId }) },
    { name: "detail", user: "office", query: DETAIL, variables: (i) => ({ id: ids[i % ids.length] }) },
    { name: "myTasks (office)", user: "office", query: myTasks },
    { name: "myTasks (handler)", user: "handler", query: myTasks },
    { name: `figures (year ${year})`, user: "office", query: FIGURES, variables: () => ({ year }) },
  ];
  return list.map((s) => check(schema, s));
}
