// Access is declared on every root field: `@Allow("createUnit")` takes the roles from the one
// permission matrix in @jyta/domain (also used by the console and the role-matrix tests), and
// `@Public()` marks the few fields anyone may call. A test fails on any root field with neither.
import { type Role } from "@jyta/domain";
import { Authorized, type AuthCheckerInterface, type ResolverData } from "type-graphql";
import type { RequestContext } from "./context";
import { AppError } from "./errors";
import { rolesFor } from "./operation-roles";

const publicFields = new Set<string>();

/** Marks a root field as callable without login (viewer, login, logout). */
export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicFields.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}`);
  };
}

export function isPublicField(resolverClassName: string, methodName: string): boolean {
  return publicFields.has(`${resolverClassName}.${methodName}`);
}

/** `@Authorized(roles of the operation in the domain matrix)`. */
export function Allow(operation: string): MethodDecorator & PropertyDecorator {
  return Authorized<Role>(...rolesFor(operation));
}

/**
 * One auth checker: not logged in → UNAUTHENTICATED; logged in without any listed role → FORBIDDEN.
 * Row rules (own unit, own items, own body) are applied in services through the policy module.
 */
export class AuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    const principal = context.principal;
    if (!principal) throw new AppError("UNAUTHENTICATED", "Please log in");
    if (roles.length === 0) return true;
    if (roles.some((r) => principal.roles.includes(r))) return true;
    throw new AppError("FORBIDDEN", "Your role may not do this");
  }
}
