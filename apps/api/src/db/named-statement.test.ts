// Named statements: one name per text, stable across calls, and a bounded number of them (past the
// cap a text runs unnamed, so clients varying their selections cannot pile up plans on connections).
import type { EntityManager } from "typeorm";
import { MAX_NAMED_STATEMENTS, queryNamed } from "./named-statement";

function recorder(): { em: EntityManager; sent: unknown[] } {
  const sent: unknown[] = [];
  const em = { query: async (query: unknown) => (sent.push(query), []) } as unknown as EntityManager;
  return { em, sent };
}

describe("queryNamed", () => {
  it("names each text once, the same way every time, and stops naming past the cap", async () => {
    const { em, sent } = recorder();
    await queryNamed(em, "SELECT 1", []);
    await queryNamed(em, "SELECT 1", []);
    expect(sent[0]).toEqual({ name: expect.stringMatching(/^jyta_[0-9a-f]{20}$/), text: "SELECT 1" });
    expect(sent[1]).toEqual(sent[0]);

    for (let i = 0; i < MAX_NAMED_STATEMENTS + 5; i++) await queryNamed(em, `SELECT ${i + 2}`, []);
    const named = sent.filter((q) => typeof q === "object");
    const unnamed = sent.filter((q) => typeof q === "string");
    expect(new Set(named.map((q) => (q as { name: string }).name)).size).toBe(MAX_NAMED_STATEMENTS);
    expect(unnamed).toEqual(["SELECT 101", "SELECT 102", "SELECT 103", "SELECT 104", "SELECT 105", "SELECT 106"]);
    // A text named before the cap keeps its name.
    await queryNamed(em, "SELECT 1", []);
    expect(sent.at(-1)).toEqual(sent[0]);
  });
});
