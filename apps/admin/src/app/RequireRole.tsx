// A role guard for an area of the console. The API enforces the same rule; this only spares the user
// a page of errors.
import { Result } from "antd";
import { Outlet } from "react-router";
import type { Role } from "@jyta/client";
import { useT } from "../i18n";
import { hasAnyRole, useViewer } from "./viewer";

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  const { user } = useViewer();
  if (!hasAnyRole(user, roles)) return <Result status="403" title="403" subTitle={t.errors.forbiddenPage} />;
  return <Outlet />;
}
