import { describeEachDatabase } from "./support/each-database";

const CREATE_UNIT = `mutation($input: UnitInput!) { createUnit(input: $input) { id name shortName kind active } }`;
const COUNT_EVENTS = `SELECT count(*)::int AS n FROM event`;

describeEachDatabase("reference data", (server) => {
  it("lets an admin create a body, a session, a member, a unit and a user, and lists them", async () => {
    const admin = await server().login("admin");
    const body = await admin.ok<{ createBody: { id: string } }>(`mutation { createBody(input: { name: "滨江区政协（测试）", kind: CPPCC }) { id name kind level } }`);
    const bodyId = body.createBody.id;
    const session = await admin.ok<{ createSession: { name: string; body: { id: string } } }>(
      `mutation($b: ID!) { createSession(input: { bodyId: $b, term: 6, number: 1, year: 2027, startsOn: "2027-01-10", isCurrent: true }) { name isCurrent startsOn body { id } } }`,
      { b: bodyId },
    );
    expect(session.createSession).toMatchObject({ name: "六届一次会议", body: { id: bodyId } });

    const member = await admin.ok<{ createMember: { id: string } }>(
      `mutation($b: ID!) { createMember(input: { bodyId: $b, name: "测试委员", sector: "教育界", phone: "13900009999" }) { id name sector phone body { name } } }`,
      { b: bodyId },
    );
    const unit = await admin.ok<{ createUnit: { id: string; kind: string; active: boolean } }>(CREATE_UNIT, { input: { name: "区测试局", shortName: "测" } });
    expect(unit.createUnit).toMatchObject({ kind: "DEPARTMENT", active: true });

    const user = await admin.ok<{ createUser: { username: string; unit: { name: string } } }>(
      `mutation($u: ID!) { createUser(input: { username: "Test.Handler", password: "Handler-2026", displayName: "测试经办人", roles: [UNIT_HANDLER], unitId: $u }) { username roles unit { name } } }`,
      { u: unit.createUnit.id },
    );
    expect(user.createUser).toMatchObject({ username: "test.handler", unit: { name: "区测试局" } });
    const handler = await server().login("test.handler", "Handler-2026");
    expect((await handler.ok<{ viewer: { user: { unit: { name: string } } } }>(`{ viewer { user { unit { name } } } }`)).viewer.user.unit.name).toBe("区测试局");

    const members = await admin.ok<{ members: { totalItems: number; items: Array<{ id: string }> } }>(
      `query($b: ID!) { members(options: { filter: { bodyId: $b, search: "测试" } }) { totalItems items { id } } }`,
      { b: bodyId },
    );
    expect(members.members.items.map((m) => m.id)).toEqual([member.createMember.id]);
  });

  it("pages, sorts and filters lists with typed options", async () => {
    const admin = await server().login("admin");
    const all = await admin.ok<{ units: { totalItems: number; items: Array<{ name: string }> } }>(`{ units(options: { take: 100, sort: NAME_ASC }) { totalItems items { name } } }`);
    expect(all.units.totalItems).toBeGreaterThanOrEqual(26);
    const names = all.units.items.map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const pageTwo = await admin.ok<{ units: { items: Array<{ name: string }> } }>(`{ units(options: { skip: 5, take: 5, sort: NAME_ASC }) { items { name } } }`);
    expect(pageTwo.units.items.map((u) => u.name)).toEqual(names.slice(5, 10));
    const towns = await admin.ok<{ units: { items: Array<{ name: string }> } }>(`{ units(options: { filter: { kind: TOWN } }) { items { name } } }`);
    expect(towns.units.items.map((u) => u.name)).toEqual(["礼东镇人民政府"]);
    const search = await admin.ok<{ units: { items: Array<{ name: string }> } }>(`{ units(options: { filter: { search: "住建" } }) { items { name } } }`);
    expect(search.units.items.map((u) => u.name)).toEqual(["区住房和城乡建设局"]);
    expect(await admin.errorCode(`{ units(options: { take: 101 }) { totalItems } }`)).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(`{ units(options: { sort: "name; drop table unit" }) { totalItems } }`)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects bad input with a typed error and changes nothing", async () => {
    const admin = await server().login("admin");
    const before = (await server().dataSource.query(COUNT_EVENTS))[0].n;
    const empty = await admin.request(CREATE_UNIT, { input: { name: "" } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { name: expect.any(Array) } });
    expect(await admin.errorCode(CREATE_UNIT, { input: { name: "区住房和城乡建设局" } })).toBe("CONFLICT");
    expect(await admin.errorCode(`mutation { createUser(input: { username: "nounit", password: "Passw0rd-2026", displayName: "x", roles: [UNIT_HANDLER] }) { id } }`)).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(`mutation { createUser(input: { username: "weakpw", password: "password", displayName: "x", roles: [LEADER] }) { id } }`)).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(`mutation { updateUnit(id: "not-a-uuid", input: { name: "x" }) { id } }`)).toBe("BAD_USER_INPUT");
    expect(await admin.errorCode(`mutation { updateUnit(id: "00000000-0000-4000-8000-000000000000", input: { name: "x" }) { id } }`)).toBe("NOT_FOUND");
    expect((await server().dataSource.query(COUNT_EVENTS))[0].n).toBe(before);
  });

  it("treats null in an update as 'clear' for optional fields and refuses it for required ones", async () => {
    const admin = await server().login("admin");
    const unit = await admin.ok<{ createUnit: { id: string } }>(CREATE_UNIT, { input: { name: "区空值局", shortName: "空" } });
    const id = unit.createUnit.id;
    const cleared = await admin.ok<{ updateUnit: { shortName: string | null } }>(`mutation($id: ID!) { updateUnit(id: $id, input: { shortName: null }) { shortName } }`, { id });
    expect(cleared.updateUnit.shortName).toBeNull();
    for (const input of ["{ name: null }", "{ name: \"  \" }", "{ active: null }", "{ kind: null }"]) {
      expect(await admin.errorCode(`mutation($id: ID!) { updateUnit(id: $id, input: ${input}) { id } }`, { id })).toBe("BAD_USER_INPUT");
    }
    const members = await admin.ok<{ members: { items: Array<{ id: string }> } }>(`{ members(options: { take: 1 }) { items { id } } }`);
    const memberId = members.members.items[0]!.id;
    expect(await admin.errorCode(`mutation($id: ID!) { updateMember(id: $id, input: { name: null }) { id } }`, { id: memberId })).toBe("BAD_USER_INPUT");
    expect((await admin.ok<{ updateMember: { party: string | null } }>(`mutation($id: ID!) { updateMember(id: $id, input: { party: null }) { party } }`, { id: memberId })).updateMember.party).toBeNull();
    const users = await admin.ok<{ users: { items: Array<{ id: string }> } }>(`{ users(options: { filter: { search: "leader" } }) { items { id } } }`);
    expect(await admin.errorCode(`mutation($id: ID!) { updateUser(id: $id, input: { displayName: null }) { id } }`, { id: users.users.items[0]!.id })).toBe("BAD_USER_INPUT");
  });

  it("records an event for every change, in the same transaction", async () => {
    const admin = await server().login("admin");
    const unit = await admin.ok<{ createUnit: { id: string } }>(CREATE_UNIT, { input: { name: "区事件局" } });
    await admin.ok(`mutation($id: ID!) { updateUnit(id: $id, input: { active: false }) { active } }`, { id: unit.createUnit.id });
    const events = await server().dataSource.query(`SELECT action, before, after FROM event WHERE entity_id = $1 ORDER BY at`, [unit.createUnit.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(["unit.create", "unit.update"]);
    expect(events[1]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it("refuses admin mutations to other roles with FORBIDDEN and changes nothing", async () => {
    for (const username of ["handler", "unitleader", "office", "committee", "member", "leader"]) {
      const client = await server().login(username);
      const before = (await server().dataSource.query(`SELECT count(*)::int AS n FROM unit`))[0].n;
      expect(await client.errorCode(CREATE_UNIT, { input: { name: `越权单位-${username}` } })).toBe("FORBIDDEN");
      expect(await client.errorCode(`mutation { createUser(input: { username: "sneaky-${username}", password: "Passw0rd-2026", displayName: "x", roles: [ADMIN] }) { id } }`)).toBe("FORBIDDEN");
      expect(await client.errorCode(`{ users { totalItems } }`)).toBe("FORBIDDEN");
      expect((await server().dataSource.query(`SELECT count(*)::int AS n FROM unit`))[0].n).toBe(before);
    }
  });

  it("shows member contacts to staff and units but not to other members", async () => {
    const query = `{ members(options: { take: 3, sort: NAME_ASC }) { items { name phone } } }`;
    const office = await (await server().login("office")).ok<{ members: { items: Array<{ phone: string | null }> } }>(query);
    expect(office.members.items.every((m) => m.phone)).toBe(true);
    const member = await (await server().login("deputy")).ok<{ members: { items: Array<{ phone: string | null }> } }>(query);
    expect(member.members.items.every((m) => m.phone === null)).toBe(true);
  });
}, { demo: true });

describeEachDatabase("audit trail", (server) => {
  it("refuses to update or delete events", async () => {
    const admin = await server().login("admin");
    await admin.ok(`mutation { createUnit(input: { name: "区审计局" }) { id } }`);
    await expect(server().dataSource.query(`UPDATE event SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(server().dataSource.query(`DELETE FROM event`)).rejects.toThrow(/append-only/);
    await expect(server().dataSource.query(`TRUNCATE event`)).rejects.toThrow(/append-only/);
  });
});
