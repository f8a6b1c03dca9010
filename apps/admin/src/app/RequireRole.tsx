// A role guard for an area of the console. The API enforces the same rule; this only spares the user
// a page of errors.
import { Suspense } from "react";
import { Outlet } from "react-router";
import type { Role } from "@jyta/client";
import { FullPageSpin } from "../components/FullPageSpin";
import { ForbiddenPage } from "./pages";
import { hasAnyRole, useViewer } from "./viewer";

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useViewer();
  if (!hasAnyRole(user, roles)) {
    return (
      <Suspense fallback={<FullPageSpin inline />}>
        <ForbiddenPage />
      </Suspense>
    );
  }
  return <Outlet />;
}
