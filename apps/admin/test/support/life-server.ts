// The real built server with the demo district seeded (SEED_DEMO=true): items in every state and one
// login per role (password Demo@2026), on a free port with a fresh data folder, for the life-of-an-item
// browser test. Also a tiny GraphQL client for setup steps the journey does not test.
import { startServer, type TestServer } from "./server";

export const DEMO_PASSWORD = "Demo@2026";

export type DemoServer = TestServer;

export function startDemoServer(): Promise<DemoServer> {
  return startServer({ demo: true });
}

/** A logged-in GraphQL session over plain fetch (the session cookie kept by hand). */
export async function graphqlAs(url: string, username: string, password: string) {
  let cookie = "";
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0] ?? "";
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  await call("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }", { u: username, p: password });
  return call;
}
