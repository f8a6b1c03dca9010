// Positional parameters for hand-written SQL: `params.add(value)` returns `$n`, so values are never
// spliced into the text. Named placeholders of the access policy (`:policyUnitId`) are converted too.

export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Rewrites `:name` placeholders (never `::type` casts) of a policy fragment to positional ones. */
  inline(fragment: { sql: string; params: Record<string, unknown> }): string {
    return fragment.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(fragment.params, name) ? this.add(fragment.params[name]) : whole,
    );
  }
}
