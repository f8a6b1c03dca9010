// The side menu, by role: everyone has the workbench and the ledger; administrators also have the
// settings (DOMAIN.md §5: ADMIN manages users, units, bodies and sessions).
import { ApiOutlined, BarChartOutlined, FileTextOutlined, ScheduleOutlined, SlidersOutlined, TrophyOutlined } from "@ant-design/icons";
import { ApartmentOutlined, BankOutlined, BellOutlined, CalendarOutlined, DesktopOutlined, EditOutlined, SettingOutlined, TableOutlined, TeamOutlined, UserOutlined } from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { Role } from "@jyta/client";
import type { Messages } from "../i18n";
import { paths } from "./paths";
import { ASSESSMENT_ROLES, DASHBOARD_ROLES, REPORT_ROLES } from "./roles";

export type MenuItem = Required<MenuProps>["items"][number];

export const SETTINGS_KEY = "settings";


export function menuItems(roles: readonly Role[], t: Messages): MenuItem[] {
  const items: MenuItem[] = [
    { key: paths.workbench, icon: <DesktopOutlined />, label: t.nav.workbench },
    { key: paths.ledger, icon: <TableOutlined />, label: t.nav.ledger },
  ];
  if (roles.includes("MEMBER") || roles.includes("COMMITTEE")) {
    items.push({ key: paths.submit, icon: <EditOutlined />, label: roles.includes("MEMBER") ? t.submit.titleMember : t.submit.titleStaff });
  }
  items.push({ key: paths.notifications, icon: <BellOutlined />, label: t.work.notifications.title });
  if (roles.some((r) => DASHBOARD_ROLES.includes(r))) items.push({ key: paths.dashboard, icon: <BarChartOutlined />, label: t.dashboard.title });
  if (roles.some((r) => ASSESSMENT_ROLES.includes(r))) items.push({ key: paths.assessment, icon: <TrophyOutlined />, label: t.assessment.title });
  if (roles.some((r) => REPORT_ROLES.includes(r))) items.push({ key: paths.report, icon: <FileTextOutlined />, label: t.report.title });
  if (roles.includes("ADMIN")) {
    items.push({
      key: SETTINGS_KEY,
      icon: <SettingOutlined />,
      label: t.nav.settings,
      children: [
        { key: paths.units, icon: <ApartmentOutlined />, label: t.nav.units },
        { key: paths.members, icon: <TeamOutlined />, label: t.nav.members },
        { key: paths.users, icon: <UserOutlined />, label: t.nav.users },
        { key: paths.bodies, icon: <BankOutlined />, label: t.nav.bodies },
        { key: paths.sessions, icon: <CalendarOutlined />, label: t.nav.sessions },
        { key: paths.ruleSets, icon: <SlidersOutlined />, label: t.ruleSets.title },
        { key: paths.holidays, icon: <ScheduleOutlined />, label: t.holidays.title },
        { key: paths.apiTokens, icon: <ApiOutlined />, label: t.apiTokens.title },
      ],
    });
  }
  return items;
}

/** The menu key of the current page: the longest menu path the location starts with. */
export function selectedKey(pathname: string): string | undefined {
  return Object.values(paths)
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Where the user is, for the header's breadcrumb: 系统设置 / 承办单位. */
export function breadcrumbFor(pathname: string, t: Messages): string[] {
  const titles: Record<string, string> = {
    [paths.workbench]: t.nav.workbench,
    [paths.ledger]: t.nav.ledger,
    [paths.proposal]: t.proposal.pageTitle,
    [paths.submit]: t.submit.titleMember,
    [paths.notifications]: t.work.notifications.title,
    [paths.units]: t.nav.units,
    [paths.members]: t.nav.members,
    [paths.users]: t.nav.users,
    [paths.bodies]: t.nav.bodies,
    [paths.sessions]: t.nav.sessions,
    [paths.dashboard]: t.dashboard.title,
    [paths.assessment]: t.assessment.title,
    [paths.assessmentScheme]: t.assessment.scheme.title,
    [paths.report]: t.report.title,
    [paths.ruleSets]: t.ruleSets.title,
    [paths.holidays]: t.holidays.title,
    [paths.apiTokens]: t.apiTokens.title,
  };
  const key = selectedKey(pathname);
  const title = key ? titles[key] : undefined;
  if (!key || !title) return [];
  return key.startsWith("/settings/") ? [t.nav.settings, title] : [title];
}
