// Column buffers written with one `INSERT … SELECT * FROM unnest($1::t[], $2::t[], …)` per batch: one
// round trip and one plan per few thousand rows, far faster than row-by-row inserts or multi-row VALUES
// with tens of thousands of bind parameters.
import type { Client } from "pg";

export interface ColumnSpec {
  name: string;
  /** PostgreSQL element type of the array parameter, e.g. uuid, text, int, timestamptz, date, jsonb. */
  type: string;
}

export type Cell = string | number | boolean | null;

export class BulkTable {
  private readonly columns: Cell[][];
  private count = 0;
  written = 0;

  constructor(
    readonly table: string,
    private readonly specs: readonly ColumnSpec[],
  ) {
    this.columns = specs.map(() => []);
  }

  /** One row, values in the order of the column specs. */
  push(...values: Cell[]): void {
    if (values.length !== this.specs.length) throw new Error(`${this.table}: ${values.length} values for ${this.specs.length} columns`);
    values.forEach((v, i) => this.columns[i]!.push(v));
    this.count++;
  }

  get pending(): number {
    return this.count;
  }

  async flush(client: Client, batch = 20_000): Promise<void> {
    const names = this.specs.map((s) => `"${s.name}"`).join(", ");
    const unnest = this.specs.map((s, i) => `$${i + 1}::${s.type}[]`).join(", ");
    const sql = `INSERT INTO "${this.table}" (${names}) SELECT * FROM unnest(${unnest})`;
    for (let start = 0; start < this.count; start += batch) {
      await client.query(sql, this.columns.map((c) => c.slice(start, start + batch)));
    }
    this.written += this.count;
    this.columns.forEach((c) => (c.length = 0));
    this.count = 0;
  }
}

/** Shorthand for column specs: "id:uuid", "title:text", … */
export function cols(...specs: string[]): ColumnSpec[] {
  return specs.map((s) => {
    const [name, type] = s.split(":");
    return { name: name!, type: type! };
  });
}
