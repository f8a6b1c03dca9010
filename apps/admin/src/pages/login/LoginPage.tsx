// Username + password. Wrong credentials and throttling get their own messages; success returns the
// user to the page they were sent away from. The first page anyone loads, so it keeps to the antd
// components the form needs (a plain panel, not Card; two buttons, not a Select, for the language):
// the rest of antd arrives with the signed-in pages.
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { LoginDocument, ViewerDocument } from "@jyta/client";
import { Alert, Button, Form, Input, theme } from "antd";
import { useEffect, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { describeProblem, toProblem } from "../../app/errors";
import { prefetchSignedIn } from "../../app/pages";
import { useViewer } from "../../app/viewer";
import { LOCALES, useI18n } from "../../i18n";
import { safeRedirect } from "./safeRedirect";

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  // The page after login loads while the user types (not part of this page's own JavaScript).
  useEffect(() => {
    const id = window.requestIdleCallback(prefetchSignedIn, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }, []);
  const { t, locale, setLocale } = useI18n();
  const { token } = theme.useToken();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { user } = useViewer();
  const [login, { loading }] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const target = safeRedirect(search.get("from"), "/");

  if (user) return <Navigate to={target} replace />;

  const submit = async ({ username, password }: LoginValues) => {
    setFailure(null);
    try {
      await login({ variables: { username: username.trim(), password } });
      // Load the full viewer (unit, member, body) before the guarded pages render.
      await client.query({ query: ViewerDocument, fetchPolicy: "network-only" });
      navigate(target, { replace: true });
    } catch (error) {
      const problem = toProblem(error);
      setFailure(
        problem.code === "UNAUTHENTICATED"
          ? t.login.badCredentials
          : problem.code === "RATE_LIMITED"
            ? problem.retryAfterSeconds
              ? t.login.rateLimitedFor(Math.ceil(problem.retryAfterSeconds / 60))
              : t.login.rateLimited
            : describeProblem(problem, t),
      );
    }
  };

  return (
    // Outside the signed-in frame's antd <App>, so the page sets antd's base text style itself.
    <div className="login-page" style={{ fontFamily: token.fontFamily, fontSize: token.fontSize, lineHeight: token.lineHeight, color: token.colorText }}>
      <main className="login-card">
        <div className="login-head">
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            提
          </span>
          <h1 className="login-title">{t.app.name}</h1>
          <p className="login-subtitle">{t.login.subtitle}</p>
        </div>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form<LoginValues> layout="vertical" onFinish={submit} requiredMark={false} size="large" name="login">
          <Form.Item label={t.login.username} name="username" rules={[{ required: true, whitespace: true, message: t.common.required(t.login.username) }]}>
            <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" autoFocus maxLength={50} />
          </Form.Item>
          <Form.Item label={t.login.password} name="password" rules={[{ required: true, message: t.common.required(t.login.password) }]}>
            <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t.login.submit}
          </Button>
        </Form>
        <div className="login-footer">
          <span>{t.login.footer}</span>
          <div role="group" aria-label={t.header.language} className="login-language">
            {LOCALES.map((l) => (
              // Each language named in itself, and marked so for screen readers.
              <Button key={l} type="text" size="small" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
                {t.language[l]}
              </Button>
            ))}
          </div>
        </div>
      </main>
    </div>
  );
}
