// Field-level reading rules of the handling flow (DOMAIN.md §5), for rows under an item the viewer
// already sees: who reads a co-handling opinion, who sees replies before they are sent, and who sees
// the office's review of a reply.
import { AssignmentRole, Role } from "@jyta/domain";
import type { Principal } from "../auth/principal";
import type { Assignment } from "./assignment.entity";

/** Staff and readers: everything under an item they can see (the committee its body's items). */
const STAFF_AND_READERS: readonly Role[] = [Role.ADMIN, Role.OFFICE, Role.LEADER, Role.API_CLIENT, Role.COMMITTEE];

export function isStaffOrReader(principal: Principal | null): boolean {
  return !!principal && principal.roles.some((r) => STAFF_AND_READERS.includes(r));
}

export function isUnitUser(principal: Principal | null): boolean {
  return !!principal && (principal.roles.includes(Role.UNIT_HANDLER) || principal.roles.includes(Role.UNIT_LEADER));
}

/** The unit holding the item's live LEAD assignment, if any, among `siblings` (all the item's assignments). */
export function leadUnitId(siblings: readonly Assignment[]): string | null {
  return siblings.find((a) => a.role === AssignmentRole.LEAD && a.voidedAt === null)?.unitId ?? null;
}

/** 会办意见: the CO unit itself, the item's LEAD unit, and staff/readers; not the proposers. */
export function mayReadCoOpinion(principal: Principal | null, assignment: Assignment, siblings: readonly Assignment[]): boolean {
  if (!principal) return false;
  if (isStaffOrReader(principal)) return true;
  if (!isUnitUser(principal) || !principal.unitId) return false;
  return assignment.unitId === principal.unitId || leadUnitId(siblings) === principal.unitId;
}

/** The office's quality score and review comment are internal: hidden from members and API clients. */
export function mayReadReplyReview(principal: Principal | null): boolean {
  if (!principal) return false;
  return principal.roles.some((r) => r !== Role.MEMBER && r !== Role.API_CLIENT);
}

/**
 * A reply before it is sent is the writing unit's and the office's (with admins and district leaders);
 * members, committee staff and API clients read sent replies only — as `Proposal.replies` does.
 */
export function mayReadUnsentReplies(principal: Principal | null, replyUnitId: string): boolean {
  if (!principal) return false;
  if (principal.roles.some((r) => r === Role.ADMIN || r === Role.OFFICE || r === Role.LEADER)) return true;
  return isUnitUser(principal) && principal.unitId === replyUnitId;
}
