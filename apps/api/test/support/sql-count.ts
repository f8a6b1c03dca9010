// The SQL statement count of a request (x-sql-count). DataLoader batches by timing, so on a busy
// machine one relation's loads can split into two batches; timing only ever adds statements, so the
// least of a few runs is the count the request's shape costs.
import type { GraphQLClient } from "./graphql-client";

export async function leastSqlCount(client: GraphQLClient, query: string, variables: Record<string, unknown>, runs = 3): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const result = await client.request(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    least = Math.min(least, Number(result.headers.get("x-sql-count")));
  }
  return least;
}
