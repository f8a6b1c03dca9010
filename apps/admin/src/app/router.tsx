// The route tree: the login page outside, everything else behind the auth guard inside the layout;
// the settings area behind the ADMIN role.
import { Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { FullPageSpin } from "../components/FullPageSpin";
import { NotFoundPage } from "../pages/errors/NotFoundPage";
import { AppLayout } from "./AppLayout";
import { HomeRedirect } from "./HomeRedirect";
import { BodiesPage, LedgerPage, LoginPage, MembersPage, SessionsPage, UnitsPage, UsersPage, WorkbenchPage } from "./pages";
import { paths } from "./paths";
import { RequireAuth } from "./RequireAuth";
import { RequireRole } from "./RequireRole";

function page(element: ReactNode) {
  return <Suspense fallback={<FullPageSpin inline />}>{element}</Suspense>;
}

export function createRouter() {
  return createBrowserRouter([
    {
      path: paths.login,
      element: (
        <Suspense fallback={<FullPageSpin />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: paths.workbench, element: page(<WorkbenchPage />) },
            { path: paths.ledger, element: page(<LedgerPage />) },
            {
              path: "settings",
              element: <RequireRole roles={["ADMIN"]} />,
              children: [
                { index: true, element: <Navigate to={paths.units} replace /> },
                { path: paths.units, element: page(<UnitsPage />) },
                { path: paths.members, element: page(<MembersPage />) },
                { path: paths.users, element: page(<UsersPage />) },
                { path: paths.bodies, element: page(<BodiesPage />) },
                { path: paths.sessions, element: page(<SessionsPage />) },
              ],
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
