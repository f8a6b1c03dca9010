// The auth guard: nobody logged in → the login page, which brings the user back here afterwards.
import { Button, Result } from "antd";
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
      <Result
        status="error"
        title={t.errors.loadFailed}
        subTitle={describeProblem(toProblem(error), t)}
        extra={<Button onClick={() => void refetch()}>{t.common.retry}</Button>}
      />
    );
  }
  if (!known) return <FullPageSpin />;
  const from = location.pathname + location.search;
  return <Navigate to={`${paths.login}?from=${encodeURIComponent(from)}`} replace />;
}
