// Runs one cell through HTTP. Denial cells share the rows prepared for their (operation, relation,
// variant) and assert the outcome AND that the database digest is unchanged by the call; allowed
// mutation cells each get a fresh row (queries reuse theirs: reading consumes nothing) and assert
// success, the row showing in a query's answer, and the scenario's own check.
import type { GraphQLResult } from "../graphql-client";
import type { Cell, Expected } from "./cells";
import { changedTables, digest, digestStatement, type Digest } from "./digest";
import { errorCodeOf, type Prepared, type Scenario } from "./scenario";
import { clientOf, type World } from "./world";

/** Codes a cell may expect; any other error is shown with its message. */
const EXPECTED_CODES = new Set(["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"]);

export class MatrixRunner {
  private readonly rows = new Map<string, Promise<Prepared>>();
  /** The digest after the last denial, while no row has been made since (saves one digest per cell). */
  private baseline: Digest | null = null;
  private statement = "";

  constructor(
    readonly world: World,
    private readonly scenarios: ReadonlyMap<string, Scenario>,
  ) {}

  async init(): Promise<void> {
    this.statement = await digestStatement(this.world.server.dataSource);
  }

  private scenario(cell: Cell): Scenario {
    const s = this.scenarios.get(cell.operation);
    if (!s) throw new Error(`no scenario for ${cell.operation}`);
    return s;
  }

  /** The shared row of a cell's (operation, relation, variant), made on first use. */
  private sharedRow(cell: Cell): Promise<Prepared> {
    const key = `${cell.operation}|${cell.relation}|${cell.variant}`;
    let row = this.rows.get(key);
    if (!row) {
      row = this.scenario(cell).prepare(this.world, { relation: cell.relation, variant: cell.variant, caller: cell.caller });
      this.rows.set(key, row);
      this.baseline = null;
    }
    return row;
  }

  private digestNow(): Promise<Digest> {
    return digest(this.world.server.dataSource, this.statement);
  }

  /** The outcome the answer shows, in the cells' terms (an unexpected error keeps its message). */
  private outcome(s: Scenario, cell: Cell, result: GraphQLResult<Record<string, unknown>>, prepared: Prepared): Expected | string {
    const code = errorCodeOf(result);
    if (code === "NOT_FOUND" && cell.kind === "query" && s.hiding === "NOT_FOUND") return "HIDDEN";
    if (code) return EXPECTED_CODES.has(code) ? code : `${code}: ${result.errors?.[0]?.message}`;
    if (!result.data) return "NO DATA";
    if (cell.kind === "query" && s.sees) return s.sees(result.data, prepared) ? "ALLOWED" : "HIDDEN";
    return "ALLOWED";
  }

  async denial(cell: Cell): Promise<void> {
    const s = this.scenario(cell);
    const prepared = await this.sharedRow(cell);
    const before = this.baseline ?? (await this.digestNow());
    const result = await clientOf(this.world, cell.caller).request<Record<string, unknown>>(s.document, prepared.vars);
    const after = await this.digestNow();
    this.baseline = after;
    expect(this.outcome(s, cell, result, prepared)).toBe(cell.expected);
    expect(changedTables(before, after)).toEqual([]);
  }

  async allowed(cell: Cell): Promise<void> {
    const s = this.scenario(cell);
    const target = { relation: cell.relation, variant: cell.variant, caller: cell.caller };
    const prepared = cell.kind === "query" ? await this.sharedRow(cell) : await s.prepare(this.world, target);
    this.baseline = null;
    const client = (cell.kind === "mutation" ? prepared.as : undefined) ?? clientOf(this.world, cell.caller);
    const result = await client.request<Record<string, unknown>>(s.document, prepared.vars);
    expect(this.outcome(s, cell, result, prepared)).toBe("ALLOWED");
    if (s.check && result.data) await s.check(result.data, prepared, this.world);
  }
}
