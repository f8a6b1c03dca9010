// Roles allowed per operation, read from the permission matrix of @jyta/domain.
import { isOperationName, OPERATION_RULES, type Role } from "@jyta/domain";

export function rolesFor(operation: string): Role[] {
  if (!isOperationName(operation)) throw new Error(`Operation "${operation}" is missing from the permission matrix in @jyta/domain`);
  const rule = OPERATION_RULES[operation];
  if (rule.public) throw new Error(`Operation "${operation}" is public in the matrix: use @Public()`);
  return Object.keys(rule.access) as Role[];
}
