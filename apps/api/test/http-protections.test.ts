// CSRF prevention, request limits and error masking at the HTTP edge.
import { describeEachDatabase } from "./support/each-database";

describeEachDatabase("HTTP protections", (server) => {
  it("refuses a simple (CSRF-able) GET or form POST", async () => {
    const get = await fetch(`${server().url}/graphql?query=${encodeURIComponent("{ viewer { user { id } } }")}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${server().url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ bodies { id } }" }) });
    expect([400, 415]).toContain(form.status);
  });

  it("caps the request body size", async () => {
    const big = await fetch(`${server().url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { user { id } } }", variables: { pad: "x".repeat(2_000_000) } }),
    });
    expect(big.status).toBe(413);
  });

  it("limits depth, aliases and tokens", async () => {
    const client = server().client();
    const ok = `{ viewer { user { unit { name } member { body { name } } } } }`;
    expect((await client.request(ok)).errors).toBeUndefined();
    // Our schema has no cycles deep enough; introspection types nest without end.
    const ofType = (n: number): string => (n === 0 ? "name" : `ofType { ${ofType(n - 1)} }`);
    const deep = await client.request(`{ __schema { types { fields { type { ${ofType(16)} } } } } }`);
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { expiresAt }`).join(" ")} }`;
    expect((await client.request(aliases)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = await client.request(`{ ${"viewer { expiresAt } ".repeat(1500)} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
    expect(tokens.status).toBe(400);
  });

  it("answers health checks", async () => {
    const res = await fetch(`${server().url}/healthz`);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});
