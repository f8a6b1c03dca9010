// The list convention of API.md: one `options` input (skip, take ≤ 100, sort as an enum of allowed
// orders, typed filter) in, `{ items, totalItems }` out. Sorting and filtering never take raw strings.
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { type ClassType, Field, InputType, Int, ObjectType } from "type-graphql";
import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

export const MAX_TAKE = 100;
export const DEFAULT_TAKE = 20;

@InputType("ListOptionsBase")
export abstract class ListOptionsBase {
  @Field(() => Int, { nullable: true, description: "Rows to skip (default 0)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  skip?: number;

  @Field(() => Int, { nullable: true, description: `Rows to return, 1–${MAX_TAKE} (default ${DEFAULT_TAKE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TAKE)
  take?: number;
}

export interface Page<T> {
  items: T[];
  totalItems: number;
}

/** `{ items: [T!]!, totalItems: Int! }` as a named GraphQL type (e.g. UnitList). */
export function PaginatedList<T extends object>(itemType: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(name)
  class List implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalItems: number;
  }
  return List;
}

export type SortSpec = ReadonlyArray<readonly [column: string, direction: "ASC" | "DESC"]>;

/**
 * Applies skip/take and one of the allowed orders to a query builder. Every order ends with the
 * primary key so pages are stable.
 */
export function applyListOptions<T extends ObjectLiteral, S extends string>(
  qb: SelectQueryBuilder<T>,
  options: { skip?: number | null; take?: number | null; sort?: S | null } | null | undefined,
  sorts: Record<S, SortSpec>,
  defaultSort: S,
): SelectQueryBuilder<T> {
  const spec = sorts[options?.sort ?? defaultSort];
  const alias = qb.alias;
  spec.forEach(([column, direction], i) => {
    const expr = column.includes(".") ? column : `${alias}.${column}`;
    if (i === 0) qb.orderBy(expr, direction);
    else qb.addOrderBy(expr, direction);
  });
  qb.addOrderBy(`${alias}.id`, "ASC");
  return qb.offset(options?.skip ?? 0).limit(Math.min(options?.take ?? DEFAULT_TAKE, MAX_TAKE));
}

/** Escapes LIKE wildcards in user text for `ILIKE :pattern`. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Runs a page query and its count in one round trip pattern: items + total. */
export async function page<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<Page<T>> {
  const [items, totalItems] = await qb.getManyAndCount();
  return { items, totalItems };
}

/**
 * Whether the query selects `field` directly on the resolved field's result (through fragments too,
 * whatever the alias), e.g. `totalItems` of a list, so a resolver can skip computing what nobody asked for.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return selectedFields(info, []).has(field);
}

/**
 * The field names selected at `path` below the resolved field (e.g. `["items", "leadUnit"]`), over
 * every alias and fragment; empty when the path is not selected. Lets a list statement fetch only
 * the relations, and the columns of them, that the query shows.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === "InlineFragment") visit(s.selectionSet, depth);
      else if (s.kind === "FragmentSpread") visit(info.fragments[s.name.value]?.selectionSet, depth);
      else if (depth === path.length) names.add(s.name.value);
      else if (s.name.value === path[depth]) visit(s.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}
