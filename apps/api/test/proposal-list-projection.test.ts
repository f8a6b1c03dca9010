// The item list fetches only the columns and relations a query shows (db/json-row.ts and
// PROPOSAL_RESOLVER_COLUMNS). This checks that it never answers differently for that: every field of
// Proposal, asked for alone and all together, comes out of `proposals` exactly as out of
// `proposal(id)` (which reads whole rows), for staff, a unit and a member on the demo world (items in
// every state), on every page, in every sort.
import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from "graphql";
import { describeEachDatabase } from "./support/each-database";
import type { GraphQLClient } from "./support/graphql-client";

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, "..", "schema.graphql"), "utf8"));
const proposalType = schema.getType("Proposal") as GraphQLObjectType;

/** A field with everything below it (no fields with required arguments), `depth` levels of objects. */
function selection(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .flatMap((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return [f.name];
      return depth > 1 ? [`${f.name} { ${selection(named, depth - 1)} }`] : [];
    })
    .join(" ");
}

/** Each Proposal field on its own (objects with two levels below them), then all of them. */
const FIELD_SELECTIONS: Array<[name: string, selection: string]> = [
  ...Object.values(proposalType.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f): [string, string] => {
      const named = getNamedType(f.type);
      return [f.name, isObjectType(named) ? `${f.name} { ${selection(named, 2)} }` : f.name];
    }),
  ["everything", selection(proposalType, 3)],
];

type Item = Record<string, unknown> & { id: string };

describeEachDatabase(
  "item list projection",
  (server) => {
    const listed = async (client: GraphQLClient, fields: string, options: Record<string, unknown>): Promise<Item[]> =>
      (await client.ok<{ proposals: { items: Item[] } }>(`query($o: ProposalListOptions) { proposals(options: $o) { items { id ${fields} } } }`, { o: options })).proposals.items;

    /** The items through `proposal(id)` with every field (a field alone is selected exactly as inside "everything"). */
    const single = async (client: GraphQLClient, ids: readonly string[]): Promise<Item[]> => {
      const everything = FIELD_SELECTIONS.at(-1)![1];
      const items: Item[] = [];
      for (const id of ids) items.push((await client.ok<{ proposal: Item }>(`query($id: ID!) { proposal(id: $id) { id ${everything} } }`, { id })).proposal);
      return items;
    };

    for (const login of ["office", "handler", "member"]) {
      it(`answers every field as the item query does (${login})`, async () => {
        const client = await server().login(login);
        const ids = (await listed(client, "", { take: 100 })).map((i) => i.id);
        expect(ids.length).toBeGreaterThan(login === "office" ? 50 : 0);
        const whole = await single(client, ids);
        for (const [name, fields] of FIELD_SELECTIONS) {
          const fromList = await listed(client, fields, { take: 100 });
          const expected = name === "everything" ? whole : whole.map((item) => ({ id: item.id, [name]: item[name] }));
          expect({ name, items: fromList }).toEqual({ name, items: expected });
        }
      });
    }

    it("answers the same on later pages and in other orders (named and unnamed statements)", async () => {
      const office = await server().login("office");
      const fields = "number title status dueState categoryLabel session { name } leadUnit { name shortName } proposers { name sector } firstProposer { name }";
      for (const sort of ["NUMBER_ASC", "TITLE_ASC", "UPDATED_AT_DESC"]) {
        const all = await listed(office, fields, { take: 100, sort });
        const pages = [...(await listed(office, fields, { take: 7, sort })), ...(await listed(office, fields, { take: 7, skip: 7, sort }))];
        expect(pages).toEqual(all.slice(0, 14));
        // twice more: the named statement's plan is reused from the sixth execution on
        for (let i = 0; i < 6; i++) expect(await listed(office, fields, { take: 7, sort })).toEqual(all.slice(0, 7));
      }
    });
  },
  { demo: true },
);
