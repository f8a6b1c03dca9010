// Creates an API token: asks for a name, then shows the secret once, with a copy button and the
// warning that it cannot be shown again.
import { useMutation } from "@apollo/client/react";
import { CreateApiTokenDocument } from "@jyta/client";
import { Alert, App, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { describeProblem, toProblem } from "../../../app/errors";
import { useT } from "../../../i18n";

export function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => Promise<unknown> }) {
  const t = useT();
  const a = t.apiTokens;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [create, { loading }] = useMutation(CreateApiTokenDocument);
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    setSecret(null);
    form.resetFields();
    onClose();
  };

  const submit = async ({ name }: { name: string }) => {
    try {
      const { data } = await create({ variables: { name: name.trim() } });
      setSecret(data?.createApiToken.secret ?? null);
      await onCreated();
    } catch (error) {
      message.error(describeProblem(toProblem(error), t));
    }
  };

  return (
    <Modal
      open={open}
      title={secret ? a.createdTitle : a.createTitle}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
      footer={
        secret ? (
          <Button type="primary" onClick={close}>
            {a.done}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t.common.cancel}</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()}>
              {a.create}
            </Button>
          </>
        )
      }
    >
      {secret ? (
        <>
          <Alert type="warning" showIcon title={a.onceWarning} style={{ marginBottom: 12 }} />
          <Typography.Paragraph
            code
            copyable={{ text: secret, tooltips: [a.copy, a.copied], icon: undefined }}
            data-testid="api-token-secret"
            style={{ wordBreak: "break-all", fontSize: 13 }}
          >
            {secret}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{a.usage}</Typography.Paragraph>
        </>
      ) : (
        <Form form={form} name="apiToken" layout="vertical" onFinish={submit}>
          <Form.Item name="name" label={a.name} extra={a.nameHelp} rules={[{ required: true, whitespace: true, message: t.common.required(a.name) }, { max: 100, message: t.common.maxLength(100) }]}>
            <Input autoFocus />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
