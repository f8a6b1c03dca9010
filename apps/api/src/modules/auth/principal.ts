import type { Role } from "@jyta/domain";

/** Who is calling: a logged-in user or another app's API token. Loaded once per request. */
export interface Principal {
  kind: "user" | "token";
  /** The user; for API tokens, null. */
  userId: string | null;
  tokenId: string | null;
  loginSessionId: string | null;
  username: string;
  roles: readonly Role[];
  unitId: string | null;
  memberId: string | null;
  bodyId: string | null;
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return !!principal && roles.some((r) => principal.roles.includes(r));
}
