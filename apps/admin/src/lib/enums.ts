// Runtime lists of the schema's enum values, in display order. Generated types are unions only; the
// `satisfies Record<…>` makes a value added to (or removed from) the schema a compile error here.
import type { BodyKind, BodyLevel, Role, UnitKind } from "@jyta/client";

function keysOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const ROLES = keysOf<Role>({
  ADMIN: true,
  COMMITTEE: true,
  OFFICE: true,
  UNIT_HANDLER: true,
  UNIT_LEADER: true,
  MEMBER: true,
  LEADER: true,
  API_CLIENT: true,
});

/** Roles whose users belong to exactly one unit / are one member / work for one body (DOMAIN.md §5). */
export const UNIT_ROLES: readonly Role[] = ["UNIT_HANDLER", "UNIT_LEADER"];
export const MEMBER_ROLES: readonly Role[] = ["MEMBER"];
export const BODY_ROLES: readonly Role[] = ["COMMITTEE"];

export const UNIT_KINDS = keysOf<UnitKind>({ DEPARTMENT: true, TOWN: true, STREET: true, OTHER: true });
export const BODY_KINDS = keysOf<BodyKind>({ CPPCC: true, PEOPLES_CONGRESS: true });
export const BODY_LEVELS = keysOf<BodyLevel>({ CITY: true, DISTRICT: true, COUNTY: true, TOWN: true });

/** The value if it is one of `values`, else undefined: for enums read from a URL. */
export function oneOf<T extends string>(values: readonly T[], raw: string | undefined): T | undefined {
  return raw !== undefined && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}
