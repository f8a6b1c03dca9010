// The route tree: the login page outside, everything else behind the auth guard inside the layout;
// the settings area behind the ADMIN role.
import { Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { FullPageSpin } from "../components/FullPageSpin";
import { HomeRedirect } from "./HomeRedirect";
import { ApiTokensPage, AppLayout, AssessmentPage, DashboardPage, NotFoundPage, HolidaysPage, ReportPage, RuleSetsPage, SchemePage } from "./pages";
import { BodiesPage, LedgerPage, LoginPage, MembersPage, NotificationsPage, ProposalPage, SessionsPage, SubmitPage, UnitsPage, UsersPage, WorkbenchPage } from "./pages";
import { paths } from "./paths";
import { ASSESSMENT_ROLES, DASHBOARD_ROLES, REPORT_ROLES } from "./roles";
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
          element: (
            <Suspense fallback={<FullPageSpin />}>
              <AppLayout />
            </Suspense>
          ),
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: paths.workbench, element: page(<WorkbenchPage />) },
            { path: paths.ledger, element: page(<LedgerPage />) },
            { path: `${paths.proposal}/:id`, element: page(<ProposalPage />) },
            { path: paths.notifications, element: page(<NotificationsPage />) },
            {
              path: paths.dashboard,
              element: <RequireRole roles={DASHBOARD_ROLES} />,
              children: [{ index: true, element: page(<DashboardPage />) }],
            },
            {
              path: paths.assessment,
              element: <RequireRole roles={ASSESSMENT_ROLES} />,
              children: [
                { index: true, element: page(<AssessmentPage />) },
                { path: paths.assessmentScheme, element: page(<SchemePage />) },
              ],
            },
            {
              path: paths.report,
              element: <RequireRole roles={REPORT_ROLES} />,
              children: [{ index: true, element: page(<ReportPage />) }],
            },
            {
              path: paths.submit,
              element: <RequireRole roles={["MEMBER", "COMMITTEE"]} />,
              children: [{ index: true, element: page(<SubmitPage />) }],
            },
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
                { path: paths.ruleSets, element: page(<RuleSetsPage />) },
                { path: paths.holidays, element: page(<HolidaysPage />) },
                { path: paths.apiTokens, element: page(<ApiTokensPage />) },
              ],
            },
            { path: "*", element: page(<NotFoundPage />) },
          ],
        },
      ],
    },
  ]);
}
