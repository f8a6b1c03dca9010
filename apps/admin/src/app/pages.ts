// Every page is its own chunk, loaded when first visited: the login page does not pay for the tables.
import { lazy } from "react";

export const LoginPage = lazy(() => import("../pages/login/LoginPage").then((m) => ({ default: m.LoginPage })));
export const WorkbenchPage = lazy(() => import("../pages/workbench/WorkbenchPage").then((m) => ({ default: m.WorkbenchPage })));
export const LedgerPage = lazy(() => import("../pages/ledger/LedgerPage").then((m) => ({ default: m.LedgerPage })));
export const UnitsPage = lazy(() => import("../pages/units/UnitsPage").then((m) => ({ default: m.UnitsPage })));
export const MembersPage = lazy(() => import("../pages/members/MembersPage").then((m) => ({ default: m.MembersPage })));
export const UsersPage = lazy(() => import("../pages/users/UsersPage").then((m) => ({ default: m.UsersPage })));
export const BodiesPage = lazy(() => import("../pages/bodies/BodiesPage").then((m) => ({ default: m.BodiesPage })));
export const SessionsPage = lazy(() => import("../pages/sessions/SessionsPage").then((m) => ({ default: m.SessionsPage })));
