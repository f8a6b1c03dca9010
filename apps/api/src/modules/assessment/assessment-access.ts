// Who sees which units of an assessment (DOMAIN.md §5 applied to §6): readers (ADMIN, OFFICE, LEADER,
// API clients) every unit; unit users their own unit's line only (with its rank among all units),
// never another unit's numbers or rows. Another unit's drill-down answers as a missing unit would.
import { rowRelations } from "@jyta/domain";
import { AppError, notFound } from "../../graphql/errors";
import type { Principal } from "../auth/principal";

/** null = every unit; otherwise the only unit ids the caller may see (possibly none). */
export function visibleUnitIds(principal: Principal | null, operation: "assessment" | "assessmentItems"): readonly string[] | null {
  if (!principal) throw new AppError("UNAUTHENTICATED", "Please log in");
  const relations = rowRelations(operation, principal.roles);
  if (relations.includes("READ_ALL") || relations.includes("ANY")) return null;
  if (relations.includes("OWN_UNIT")) return principal.unitId ? [principal.unitId] : [];
  return [];
}

export function keepVisible<T extends { unitId: string }>(principal: Principal | null, units: readonly T[]): T[] {
  const only = visibleUnitIds(principal, "assessment");
  return only === null ? [...units] : units.filter((u) => only.includes(u.unitId));
}

/** NOT_FOUND unless the caller may see this unit's rows. */
export function assertUnitVisible(principal: Principal | null, unitId: string): void {
  const only = visibleUnitIds(principal, "assessmentItems");
  if (only !== null && !only.includes(unitId)) throw notFound("Unit");
}
