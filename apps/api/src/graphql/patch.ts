// Semantics of optional fields in update inputs: absent (undefined) keeps the value; for a nullable
// field, null or blank text clears it; for a required field, null or blank text is refused with
// BAD_USER_INPUT (never a crash, never a NOT NULL violation).
import { badInput } from "./errors";

/** A nullable text column: undefined = keep, null/blank = clear, otherwise the trimmed text. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return value.trim() || null;
}

/** A required text column: undefined = keep, null/blank refused, otherwise the trimmed text. */
export function requiredText(field: string, value: string | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value?.trim();
  if (!text) throw badInput(`${field} cannot be empty`, { [field]: ["cannot be empty"] });
  return text;
}

/** A required non-text column (boolean, number, enum): undefined = keep, null refused. */
export function requiredValue<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === undefined) return undefined;
  if (value === null) throw badInput(`${field} cannot be null`, { [field]: ["cannot be null"] });
  return value;
}

/** Drops the undefined entries of a patch object, so only given fields are written. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
