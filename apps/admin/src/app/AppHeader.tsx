// Where the user is, who is logged in and as what, the language switch, and logout.
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { LogoutDocument, ViewerDocument } from "@jyta/client";
import { App, Breadcrumb, Button, Flex, Layout, Select, Space, Tag, Typography } from "antd";
import { useLocation, useNavigate } from "react-router";
import { NotificationBell } from "../components/notifications/NotificationBell";
import { LOCALES, useI18n } from "../i18n";
import { describeProblem, toProblem } from "./errors";
import { breadcrumbFor } from "./menu";
import { paths } from "./paths";
import { useViewer } from "./viewer";

export function AppHeader() {
  const { t, locale, setLocale } = useI18n();
  const { user } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { message } = App.useApp();
  const [logout, { loading }] = useMutation(LogoutDocument);

  const onLogout = async () => {
    try {
      await logout();
    } catch (error) {
      // An already-ended session is logged out anyway; anything else is worth saying.
      const problem = toProblem(error);
      if (problem.code !== "UNAUTHENTICATED") {
        message.error(describeProblem(problem, t));
        return;
      }
    }
    // Drop every cached row of this user before anyone else logs in on this browser.
    await client.clearStore();
    client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    message.success(t.header.loggedOut);
    navigate(paths.login, { replace: true });
  };

  return (
    <Layout.Header className="app-header">
      <Breadcrumb items={breadcrumbFor(pathname, t).map((title) => ({ title }))} />
      <Flex align="center" gap={16} wrap={false}>
        {user ? <NotificationBell /> : null}
        {user ? (
          <Space size={8} className="app-header-user">
            <UserOutlined aria-hidden="true" />
            <Typography.Text strong data-testid="viewer-name">
              {user.displayName}
            </Typography.Text>
            <span aria-label={t.header.roles}>
              {user.roles.map((role) => (
                <Tag key={role} color="blue" variant="filled">
                  {t.role[role]}
                </Tag>
              ))}
            </span>
          </Space>
        ) : null}
        <Select
          aria-label={t.header.language}
          value={locale}
          onChange={setLocale}
          options={LOCALES.map((l) => ({ value: l, label: t.language[l] }))}
          style={{ width: 120 }}
          size="small"
        />
        <Button icon={<LogoutOutlined />} onClick={() => void onLogout()} loading={loading}>
          {t.header.logout}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
