// Who sees which area (DOMAIN.md §5; units see their own figures). Apart from the menu (menu.tsx), so
// the route guards in the first page load do not pull in the menu and its icons.
import type { Role } from "@jyta/client";

/** Who sees the figures, the assessment and the report. */
export const DASHBOARD_ROLES: readonly Role[] = ["OFFICE", "LEADER", "COMMITTEE", "ADMIN", "UNIT_HANDLER", "UNIT_LEADER"];
export const ASSESSMENT_ROLES: readonly Role[] = ["OFFICE", "ADMIN", "LEADER"];
export const REPORT_ROLES: readonly Role[] = ["OFFICE", "COMMITTEE", "LEADER"];
