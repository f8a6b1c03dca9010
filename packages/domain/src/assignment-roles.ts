// Which assignment roles answer the proposers. SOLE, LEAD and SPLIT units each send a reply and count in
// the reply figures; CO units only send an opinion to the LEAD (DOMAIN.md §2, §6).
import { AssignmentRole } from "./enums";

export const REPLYING_ASSIGNMENT_ROLES: readonly AssignmentRole[] = [
  AssignmentRole.SOLE,
  AssignmentRole.LEAD,
  AssignmentRole.SPLIT,
];

/** True for SOLE, LEAD and SPLIT: the roles that owe the proposers a reply. */
export function isReplyingRole(role: AssignmentRole): boolean {
  return REPLYING_ASSIGNMENT_ROLES.includes(role);
}
