// Column helpers that keep every entity's conventions the same: uuid keys, timestamptz times,
// varchar-with-CHECK for enumerations (cheaper to evolve than PostgreSQL enum types).
import { CreateDateColumn, UpdateDateColumn } from "typeorm";

export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ type: "timestamptz" });
export const UpdatedAt = (): PropertyDecorator => UpdateDateColumn({ type: "timestamptz" });

/** SQL for `CHECK (column IN (...))` from a const enum object of @jyta/domain. */
export function inList(column: string, values: Readonly<Record<string, string>>, nullable = false): string {
  const list = Object.values(values).map((v) => `'${v}'`).join(", ");
  return nullable ? `${column} IS NULL OR ${column} IN (${list})` : `${column} IN (${list})`;
}

/** SQL for `CHECK (char_length(column) BETWEEN min AND max)`. */
export function lengthBetween(column: string, min: number, max: number): string {
  return `char_length(${column}) BETWEEN ${min} AND ${max}`;
}
