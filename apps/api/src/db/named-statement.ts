// Named (prepared) statements for the hottest read: PostgreSQL parses and plans a statement sent by
// name once per connection and reuses the plan, instead of planning it on every request (the item
// list spent 1 ms of its 3.3 ms in parse + bind before this). node-postgres takes `{ name, text }` as
// the query; TypeORM passes it through untouched (its types say string, hence the cast), the SQL
// counter reads `.text`, and the PGlite pool runs the text (it has no named statements).
import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/** One name per distinct text: node-postgres refuses a name reused for another text on a connection. */
function statementName(text: string): string {
  return `jyta_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
}

/**
 * At most this many distinct texts are prepared (per process, so per connection too). The list's text
 * depends on the fields a query asks for, so a client varying its selections could otherwise leave an
 * unbounded number of plans on every connection; past the cap, statements run unnamed.
 */
export const MAX_NAMED_STATEMENTS = 100;

const names = new Map<string, string>();

/**
 * Runs `text` with positional `values` as a named statement. Only for statements whose text is built
 * from code (never with user input inlined); values travel as parameters.
 */
export function queryNamed<T>(em: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED_STATEMENTS) {
    name = statementName(text);
    names.set(text, name);
  }
  const query = name ? ({ name, text } as unknown as string) : text;
  return em.query(query, values as unknown[]) as Promise<T[]>;
}
