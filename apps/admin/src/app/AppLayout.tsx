// The console frame: side menu by role, a header with the user, their roles, the language switch and
// logout, and the current page; inside antd's App, which every signed-in page's message, modal and
// notification calls use (App.useApp).
import { App as AntApp, Layout, Menu } from "antd";
import { useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useT } from "../i18n";
import { AppHeader } from "./AppHeader";
import { menuItems, selectedKey, SETTINGS_KEY } from "./menu";
import { useViewer } from "./viewer";

const COLLAPSED_KEY = "jyta.siderCollapsed";

export function AppLayout() {
  const t = useT();
  const { user } = useViewer();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => window.localStorage.getItem(COLLAPSED_KEY) === "1");
  const current = selectedKey(pathname);

  const collapse = (value: boolean) => {
    setCollapsed(value);
    window.localStorage.setItem(COLLAPSED_KEY, value ? "1" : "0");
  };

  return (
    <AntApp>
      <Layout className="app-layout">
        <a className="skip-link" href="#main">
          {t.app.skipToContent}
        </a>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={collapse} width={224} breakpoint="lg">
          <div className="brand" title={t.app.name}>
            <span className="brand-mark" aria-hidden="true">
              提
            </span>
            {collapsed ? null : <span className="brand-name">{t.app.name}</span>}
          </div>
          <nav aria-label={t.nav.mainMenu}>
            <Menu
              theme="dark"
              mode="inline"
              items={menuItems(user?.roles ?? [], t)}
              selectedKeys={current ? [current] : []}
              defaultOpenKeys={[SETTINGS_KEY]}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <AppHeader />
          <Layout.Content id="main" className="app-content" tabIndex={-1}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
