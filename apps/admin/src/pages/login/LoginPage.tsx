// Username + password. Wrong credentials and throttling get their own messages; success returns the
// user to the page they were sent away from.
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { LoginDocument, ViewerDocument } from "@jyta/client";
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { describeProblem, toProblem } from "../../app/errors";
import { useViewer } from "../../app/viewer";
import { LOCALES, useI18n } from "../../i18n";
import { safeRedirect } from "./safeRedirect";

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
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
    <Flex className="login-page" vertical align="center" justify="center">
      <Card className="login-card" variant="borderless">
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            提
          </span>
          <Typography.Title level={1} className="login-title">
            {t.app.name}
          </Typography.Title>
          <Typography.Text type="secondary">{t.login.subtitle}</Typography.Text>
        </Flex>
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
        <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
          <Typography.Text type="secondary">{t.login.footer}</Typography.Text>
          <Select
            aria-label={t.header.language}
            value={locale}
            onChange={setLocale}
            options={LOCALES.map((l) => ({ value: l, label: t.language[l] }))}
            size="small"
            style={{ width: 120 }}
            variant="borderless"
          />
        </Flex>
      </Card>
    </Flex>
  );
}
