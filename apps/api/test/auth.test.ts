import { describeEachDatabase } from "./support/each-database";
import { TEST_ADMIN_PASSWORD } from "./support/test-server";

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id username roles } } }`;
const VIEWER = `{ viewer { user { username roles unit { name } member { name } } } }`;
const UNITS = `{ units(options: { take: 5 }) { totalItems items { name } } }`;

describeEachDatabase("authentication", (server) => {
  it("logs in with an HttpOnly, SameSite=Strict session cookie and knows the viewer", async () => {
    const client = server().client();
    const result = await client.request(LOGIN, { u: "admin", p: TEST_ADMIN_PASSWORD });
    expect(result.errors).toBeUndefined();
    const cookie = result.headers.getSetCookie().join(";");
    expect(cookie).toMatch(/jyta_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP in tests; Secure under HTTPS
    const viewer = await client.ok<{ viewer: { user: { username: string; roles: string[] } } }>(VIEWER);
    expect(viewer.viewer.user).toMatchObject({ username: "admin", roles: ["ADMIN"] });
  });

  it("answers an unknown user and a wrong password with the same error", async () => {
    const a = await server().client().request(LOGIN, { u: "admin", p: "wrong-password-1" });
    const b = await server().client().request(LOGIN, { u: "nobody-here", p: "wrong-password-1" });
    expect(a.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(b.errors?.[0]).toEqual(a.errors?.[0]);
  });

  it("throttles an account after five failures, known or not", async () => {
    for (const name of ["handler", "ghost-account"]) {
      const client = server().client();
      for (let i = 0; i < 5; i++) expect(await client.errorCode(LOGIN, { u: name, p: `bad-${i}-password` })).toBe("UNAUTHENTICATED");
      expect(await client.errorCode(LOGIN, { u: name, p: "still-bad-password" })).toBe("RATE_LIMITED");
    }
    // the correct password is refused too while the lock holds
    expect(await server().client().errorCode(LOGIN, { u: "handler", p: "Demo@2026" })).toBe("RATE_LIMITED");
    server().clock.advance(16 * 60_000);
    expect(await server().client().errorCode(LOGIN, { u: "handler", p: "Demo@2026" })).toBeUndefined();
    server().clock.reset();
  });

  it("returns a null viewer and UNAUTHENTICATED for protected fields when logged out", async () => {
    const client = server().client();
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    expect(await client.errorCode(UNITS)).toBe("UNAUTHENTICATED");
  });

  it("ends the session on logout", async () => {
    const client = await server().login("office");
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
    const stale = Object.assign(Object.create(Object.getPrototypeOf(client)), client); // keeps the old cookie
    await client.ok(`mutation { logout }`);
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    expect((await stale.ok(VIEWER)).viewer).toBeNull();
  });

  it("expires an idle session and an old one", async () => {
    const { clock } = server();
    clock.set("2026-03-02T08:00:00Z");
    const client = await server().login("leader");
    clock.advance((server().config.sessionIdleMinutes - 1) * 60_000);
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
    clock.advance((server().config.sessionIdleMinutes + 1) * 60_000);
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();

    clock.set("2026-03-02T08:00:00Z");
    const busy = await server().login("leader");
    for (let h = 1; h < server().config.sessionAbsoluteHours; h++) {
      clock.advance(3600_000);
      expect((await busy.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
    }
    clock.advance(3600_000);
    expect((await busy.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    clock.reset();
  });

  it("revokes a user's sessions when an admin changes their roles or password", async () => {
    const admin = await server().login("admin");
    const member = await server().login("member");
    const users = await admin.ok<{ users: { items: Array<{ id: string }> } }>(`{ users(options: { filter: { search: "member" } }) { items { id } } }`);
    const id = users.users.items[0]!.id;
    await admin.ok(`mutation($id: ID!) { updateUser(id: $id, input: { displayName: "改名" }) { id } }`, { id });
    expect((await member.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull(); // a name change keeps sessions
    await admin.ok(`mutation($id: ID!) { updateUser(id: $id, input: { password: "New-Passw0rd-2026" }) { id } }`, { id });
    expect((await member.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    const again = await server().login("member", "New-Passw0rd-2026");
    const leaderRoles = await admin.request(`mutation($id: ID!) { updateUser(id: $id, input: { roles: [LEADER] }) { roles } }`, { id });
    expect(leaderRoles.errors).toBeUndefined();
    expect((await again.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
  });

  it("issues read-only API tokens that can be revoked", async () => {
    const admin = await server().login("admin");
    const created = await admin.ok<{ createApiToken: { secret: string; token: { id: string; prefix: string } } }>(
      `mutation { createApiToken(name: "大数据平台") { secret token { id prefix } } }`,
    );
    const { secret, token } = created.createApiToken;
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await admin.ok<{ apiTokens: Array<Record<string, unknown>> }>(`{ apiTokens { id name prefix } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const app = server().client();
    app.bearer = secret;
    expect((await app.ok<{ units: { totalItems: number } }>(UNITS)).units.totalItems).toBeGreaterThan(0);
    expect(await app.errorCode(`mutation { createUnit(input: { name: "令牌建的单位" }) { id } }`)).toBe("FORBIDDEN");
    expect(await app.errorCode(`{ users { totalItems } }`)).toBe("FORBIDDEN");

    await admin.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: token.id });
    expect(await app.errorCode(UNITS)).toBe("UNAUTHENTICATED");
  });
}, { demo: true });
