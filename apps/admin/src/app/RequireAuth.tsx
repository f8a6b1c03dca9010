// The auth guard: nobody logged in → the login page, which brings the user back here afterwards.
import { Alert, Button } from "antd";
import { Navigate, Outlet, useLocation } from "react-router";
import { FullPageSpin } from "../components/FullPageSpin";
import { useT } from "../i18n";
import { describeProblem, toProblem } from "./errors";
import { paths } from "./paths";
import { useViewer } from "./viewer";

export function RequireAuth() {
  const t = useT();
  const location = useLocation();
  const { user, known, error, refetch } = useViewer();

  if (user) return <Outlet />;
  if (error && !known) {
    return (
      // An Alert, not antd's Result: Result's illustrations would weigh on every first page load.
      <Alert
        type="error"
        showIcon
        style={{ maxWidth: 560, margin: "15vh auto 0" }}
        title={t.errors.loadFailed}
        description={describeProblem(toProblem(error), t)}
        action={<Button onClick={() => void refetch()}>{t.common.retry}</Button>}
      />
    );
  }
  if (!known) return <FullPageSpin />;
  const from = location.pathname + location.search;
  return <Navigate to={`${paths.login}?from=${encodeURIComponent(from)}`} replace />;
}
