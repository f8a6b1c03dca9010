// Every route path in one place, so links, menu keys and redirects cannot drift apart.
export const paths = {
  login: "/login",
  workbench: "/workbench",
  ledger: "/ledger",
  units: "/settings/units",
  members: "/settings/members",
  users: "/settings/users",
  bodies: "/settings/bodies",
  sessions: "/settings/sessions",
} as const;
