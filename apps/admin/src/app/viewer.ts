// The logged-in user (or null), read once and shared through Apollo's cache.
import { useQuery } from "@apollo/client/react";
import { ViewerDocument, type Role, type ViewerQuery } from "@jyta/client";

export type ViewerUser = NonNullable<ViewerQuery["viewer"]>["user"];

export function useViewer() {
  // cache-first: many components ask; the login, logout and session-end paths update the cache.
  const { data, previousData, loading, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: "cache-first" });
  const viewer = (data ?? previousData)?.viewer;
  return { user: viewer?.user ?? null, known: data !== undefined, loading, error, refetch };
}

export function hasAnyRole(user: ViewerUser | null, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
