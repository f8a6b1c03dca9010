// Every page is its own chunk, loaded when first visited: the login page does not pay for the tables.
import { lazy } from "react";

export const LoginPage = lazy(() => import("../pages/login/LoginPage").then((m) => ({ default: m.LoginPage })));
export const WorkbenchPage = lazy(() => import("../pages/workbench/WorkbenchPage").then((m) => ({ default: m.WorkbenchPage })));
export const LedgerPage = lazy(() => import("../pages/ledger/LedgerPage").then((m) => ({ default: m.LedgerPage })));
export const ProposalPage = lazy(() => import("../pages/proposal/ProposalPage").then((m) => ({ default: m.ProposalPage })));
export const SubmitPage = lazy(() => import("../pages/submit/SubmitPage").then((m) => ({ default: m.SubmitPage })));
export const NotificationsPage = lazy(() => import("../pages/notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })));
export const UnitsPage = lazy(() => import("../pages/units/UnitsPage").then((m) => ({ default: m.UnitsPage })));
export const MembersPage = lazy(() => import("../pages/members/MembersPage").then((m) => ({ default: m.MembersPage })));
export const UsersPage = lazy(() => import("../pages/users/UsersPage").then((m) => ({ default: m.UsersPage })));
export const BodiesPage = lazy(() => import("../pages/bodies/BodiesPage").then((m) => ({ default: m.BodiesPage })));
export const SessionsPage = lazy(() => import("../pages/sessions/SessionsPage").then((m) => ({ default: m.SessionsPage })));
// The signed-in frame (menu, header, notifications) and the error pages: not needed by the login page.
export const AppLayout = lazy(() => import("./AppLayout").then((m) => ({ default: m.AppLayout })));
export const NotFoundPage = lazy(() => import("../pages/errors/NotFoundPage").then((m) => ({ default: m.NotFoundPage })));
export const ForbiddenPage = lazy(() => import("../pages/errors/ForbiddenPage").then((m) => ({ default: m.ForbiddenPage })));
/** Fetches the signed-in frame and the workbench in the background once the login page is idle. */
export function prefetchSignedIn(): void {
  void import("./AppLayout");
  void import("../pages/workbench/WorkbenchPage");
}
export const DashboardPage = lazy(() => import("../pages/dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })));
export const AssessmentPage = lazy(() => import("../pages/assessment/AssessmentPage").then((m) => ({ default: m.AssessmentPage })));
export const SchemePage = lazy(() => import("../pages/assessment/SchemePage").then((m) => ({ default: m.SchemePage })));
export const ReportPage = lazy(() => import("../pages/report/ReportPage").then((m) => ({ default: m.ReportPage })));
export const RuleSetsPage = lazy(() => import("../pages/settings/rule-sets/RuleSetsPage").then((m) => ({ default: m.RuleSetsPage })));
export const HolidaysPage = lazy(() => import("../pages/settings/holidays/HolidaysPage").then((m) => ({ default: m.HolidaysPage })));
export const ApiTokensPage = lazy(() => import("../pages/settings/api-tokens/ApiTokensPage").then((m) => ({ default: m.ApiTokensPage })));
