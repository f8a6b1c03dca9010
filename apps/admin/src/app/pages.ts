// Every page is its own chunk, loaded when first visited: the login page does not pay for the tables.
import { createElement, lazy, type ComponentType } from "react";

type LazyPage = ComponentType & { preload: () => Promise<void> };

/**
 * React.lazy that can be loaded ahead (`preload`) and then renders at once. A plain lazy component
 * suspends on its first render even when its chunk is already here, and React holds a revealed
 * Suspense fallback for up to 300 ms: after login the frame and the workbench each paid that.
 */
function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        pending = undefined; // a later visit tries again
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType })));
  const Page = () => createElement(loaded ?? Lazy);
  return Object.assign(Page, { preload });
}

export const LoginPage = lazyPage(() => import("../pages/login/LoginPage").then((m) => m.LoginPage));
export const WorkbenchPage = lazyPage(() => import("../pages/workbench/WorkbenchPage").then((m) => m.WorkbenchPage));
export const LedgerPage = lazyPage(() => import("../pages/ledger/LedgerPage").then((m) => m.LedgerPage));
export const ProposalPage = lazyPage(() => import("../pages/proposal/ProposalPage").then((m) => m.ProposalPage));
export const SubmitPage = lazyPage(() => import("../pages/submit/SubmitPage").then((m) => m.SubmitPage));
export const NotificationsPage = lazyPage(() => import("../pages/notifications/NotificationsPage").then((m) => m.NotificationsPage));
export const UnitsPage = lazyPage(() => import("../pages/units/UnitsPage").then((m) => m.UnitsPage));
export const MembersPage = lazyPage(() => import("../pages/members/MembersPage").then((m) => m.MembersPage));
export const UsersPage = lazyPage(() => import("../pages/users/UsersPage").then((m) => m.UsersPage));
export const BodiesPage = lazyPage(() => import("../pages/bodies/BodiesPage").then((m) => m.BodiesPage));
export const SessionsPage = lazyPage(() => import("../pages/sessions/SessionsPage").then((m) => m.SessionsPage));
// The signed-in frame (menu, header, notifications) and the error pages: not needed by the login page.
export const AppLayout = lazyPage(() => import("./AppLayout").then((m) => m.AppLayout));
export const NotFoundPage = lazyPage(() => import("../pages/errors/NotFoundPage").then((m) => m.NotFoundPage));
export const ForbiddenPage = lazyPage(() => import("../pages/errors/ForbiddenPage").then((m) => m.ForbiddenPage));
/** Fetches the signed-in frame and the workbench in the background once the login page is idle. */
export function prefetchSignedIn(): void {
  // A failure here is not the user's concern yet: the route loads (and reports) it again.
  for (const page of [AppLayout, WorkbenchPage]) page.preload().catch(() => undefined);
}
export const DashboardPage = lazyPage(() => import("../pages/dashboard/DashboardPage").then((m) => m.DashboardPage));
export const AssessmentPage = lazyPage(() => import("../pages/assessment/AssessmentPage").then((m) => m.AssessmentPage));
export const SchemePage = lazyPage(() => import("../pages/assessment/SchemePage").then((m) => m.SchemePage));
export const ReportPage = lazyPage(() => import("../pages/report/ReportPage").then((m) => m.ReportPage));
export const RuleSetsPage = lazyPage(() => import("../pages/settings/rule-sets/RuleSetsPage").then((m) => m.RuleSetsPage));
export const HolidaysPage = lazyPage(() => import("../pages/settings/holidays/HolidaysPage").then((m) => m.HolidaysPage));
export const ApiTokensPage = lazyPage(() => import("../pages/settings/api-tokens/ApiTokensPage").then((m) => m.ApiTokensPage));
