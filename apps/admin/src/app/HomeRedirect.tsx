// `/` opens where the user works: administrators in the settings, everyone else on the workbench.
import { Navigate } from "react-router";
import { paths } from "./paths";
import { hasAnyRole, useViewer } from "./viewer";

export function HomeRedirect() {
  const { user } = useViewer();
  return <Navigate to={hasAnyRole(user, ["ADMIN"]) ? paths.units : paths.workbench} replace />;
}
