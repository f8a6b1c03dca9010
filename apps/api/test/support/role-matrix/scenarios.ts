// Every scenario builder by operation, and which operations of the matrix the API serves (read from
// the committed schema.graphql, which `npm run schema` keeps in step with the resolvers).
import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { ADMIN_SCENARIOS } from "./scenarios-admin";
import { HANDLING_SCENARIOS } from "./scenarios-handling";
import { INTAKE_SCENARIOS } from "./scenarios-intake";
import { OFFICE_SCENARIOS } from "./scenarios-office";
import { QUERY_SCENARIOS } from "./scenarios-queries";
import { REPLY_SCENARIOS } from "./scenarios-reply";
import type { Scenario } from "./scenario";

export const SCENARIOS: ReadonlyMap<string, Scenario> = new Map(
  [...QUERY_SCENARIOS, ...ADMIN_SCENARIOS, ...INTAKE_SCENARIOS, ...HANDLING_SCENARIOS, ...REPLY_SCENARIOS, ...OFFICE_SCENARIOS].map((s) => [s.operation, s]),
);

/** The root fields (queries and mutations) of the API's schema. */
export function servedOperations(): Set<string> {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../../schema.graphql"), "utf8"));
  return new Set([...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})]);
}
