// A list's SQL statement count must not grow with its page size: relations load through one
// DataLoader batch per relation per request.
import { describeEachDatabase } from "./support/each-database";
import { leastSqlCount } from "./support/sql-count";

const USERS = `query($take: Int!) { users(options: { take: $take }) { totalItems items { username unit { name } member { name body { name } } body { name } } } }`;
const MEMBERS = `query($take: Int!) { members(options: { take: $take }) { items { name body { name kind } } } }`;
const SESSIONS = `{ sessions { name body { name } } }`;

describeEachDatabase("N+1 guard", (server) => {
  it.each([
    ["users", USERS, 9],
    ["members", MEMBERS, 2],
  ])("%s: same statement count for a few and 50 rows", async (_name, query, few_) => {
    const admin = await server().login("admin");
    // 40 more unit users, each in another unit, so a page of 50 holds 50 distinct relations
    if (_name === "users") {
      const units = await admin.ok<{ units: { items: Array<{ id: string }> } }>(`{ units(options: { take: 26 }) { items { id } } }`);
      for (let i = 0; i < 40; i++) {
        await admin.ok(`mutation($u: ID!, $n: String!) { createUser(input: { username: $n, password: "Handler-2026", displayName: $n, roles: [UNIT_HANDLER], unitId: $u }) { id } }`, {
          u: units.units.items[i % 26]!.id,
          n: `zz-handler-${i}`,
        });
      }
    }
    const few = await leastSqlCount(admin, query, { take: few_ });
    expect(few).toBeGreaterThan(0);
    expect(await leastSqlCount(admin, query, { take: 50 })).toBeLessThanOrEqual(few);
  });

  it("loads each session's body in one batch", async () => {
    const admin = await server().login("admin");
    const result = await admin.request(SESSIONS);
    // principal + sessions + bodies
    expect(Number(result.headers.get("x-sql-count"))).toBeLessThanOrEqual(3);
  });
}, { demo: true });
