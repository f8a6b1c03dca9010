// Only the columns a query shows, for the item list's one statement: the proposal's own columns and
// its lead unit and proposers as JSON. Building JSON of whole rows (`to_jsonb(row)`) was the largest
// cost of that statement, and reading every proposal column (six timestamps among 28) the largest
// cost of its rows in Node (measured on the 52k-item benchmark data, bench/RESULTS.md).
import { getMetadataStorage } from "type-graphql";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

/** PostgreSQL functions take at most 100 arguments: 50 key/value pairs in one json_build_object. */
const MAX_PAIRS = 50;

/**
 * For GraphQL fields answered by a field resolver: the entity properties (columns) it reads. A
 * resolver field not listed here may read anything, so asking for it fetches the whole row.
 */
export type ResolverColumns = Readonly<Record<string, readonly string[]>>;

/** GraphQL fields of `type` answered by a field resolver. */
function resolvedFields(type: EntityMetadata["target"]): Set<string> {
  return new Set(
    getMetadataStorage()
      .fieldResolvers.filter((r) => r.getObjectType?.() === type)
      .map((r) => r.schemaName),
  );
}

const cache = new Map<string, readonly ColumnMetadata[] | null>();

/**
 * The columns of `target` behind the GraphQL `fields` asked for, with the primary key; null when a
 * field's columns are not known (a relation, or a resolver not in `needs`): then the whole row.
 */
export function columnsFor<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  fields: ReadonlySet<string>,
  needs: ResolverColumns = {},
): readonly ColumnMetadata[] | null {
  const metadata = dataSource.getMetadata(target);
  // Sorted: the order of the fields in a query does not make another entry.
  const key = `${metadata.name}:${Object.keys(needs).join(",")}:${[...fields].sort().join(",")}`;
  if (cache.has(key)) return cache.get(key)!;
  const resolved = resolvedFields(metadata.target);
  const byProperty = new Map(metadata.columns.map((c) => [c.propertyName, c]));
  const properties: string[] = [];
  let known = true;
  for (const field of fields) {
    if (field === "__typename") continue;
    if (resolved.has(field)) {
      if (needs[field]) properties.push(...needs[field]);
      else known = false;
    } else if (byProperty.has(field)) properties.push(field);
    else known = false;
  }
  const missing = properties.filter((p) => !byProperty.has(p));
  if (missing.length) throw new Error(`${metadata.name}: a resolver needs ${missing.join(", ")}, not a column`);
  // In the entity's column order, whatever the order of the fields asked: one SQL text per column set.
  const wanted = new Set([...metadata.primaryColumns.map((c) => c.propertyName), ...properties]);
  const columns = known ? metadata.columns.filter((c) => wanted.has(c.propertyName)) : null;
  // Field sets come from queries: bound the cache so odd selections cannot grow it without end.
  if (cache.size < 1000) cache.set(key, columns);
  return columns;
}

function quoted(column: ColumnMetadata, alias: string): string {
  return `${alias}."${column.databaseName.replace(/"/g, '""')}"`;
}

/** The select list for `alias`: the columns behind `fields`, or `alias.*`. */
export function selectColumnsSql<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, alias: string, fields: ReadonlySet<string>, needs?: ResolverColumns): string {
  const columns = columnsFor(dataSource, target, fields, needs);
  return columns ? columns.map((c) => quoted(c, alias)).join(", ") : `${alias}.*`;
}

/**
 * SQL for the row `alias` of `target` as JSON keyed by column names (what `hydrate` reads), with the
 * primary key and the columns behind the GraphQL `fields` asked for; the whole row when a field is
 * not a plain column (a relation, or a field resolver such as Member.phone that decides from other
 * columns): correct first, small when it can be.
 */
export function jsonRowSql<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, alias: string, fields: ReadonlySet<string>): string {
  const columns = columnsFor(dataSource, target, fields);
  if (!columns || columns.length > MAX_PAIRS) return `to_json(${alias})`;
  return `json_build_object(${columns.map((c) => `'${c.databaseName}', ${quoted(c, alias)}`).join(", ")})`;
}
