// The form of the many small actions: an explanation, at most one text field (a reason, comment or
// note) and, for the office's decisions, approve / reject.
import { Form, Input, Radio, Typography } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../../i18n";
import { ActionModal } from "./ActionModal";

export interface SimpleValues {
  text?: string;
  approve?: boolean;
}

interface Props {
  name: string;
  title: string;
  intro?: ReactNode;
  text?: { label: string; required: boolean; max: number; rows?: number; help?: string; placeholder?: string };
  decision?: { approveHelp?: string };
  okText?: string;
  danger?: boolean;
  run: (values: SimpleValues) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

export function SimpleAction({ name, title, intro, text, decision, okText, danger, run, onClose, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<SimpleValues>();
  const approve = Form.useWatch("approve", form);
  return (
    <ActionModal<SimpleValues>
      name={name}
      title={title}
      form={form}
      okText={okText}
      danger={danger}
      initialValues={decision ? { approve: true } : {}}
      run={(values) => run({ ...values, text: values.text?.trim() || undefined })}
      doneText={() => t.actions.done(title)}
      onClose={onClose}
      onDone={onDone}
    >
      {intro ? <div style={{ marginBottom: 16 }}>{intro}</div> : null}
      {decision ? (
        <Form.Item name="approve" label={t.actions.decision} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: t.actions.approve },
              { value: false, label: t.actions.reject },
            ]}
          />
        </Form.Item>
      ) : null}
      {decision?.approveHelp && approve ? (
        <Typography.Paragraph type="warning" style={{ marginTop: -8 }}>
          {decision.approveHelp}
        </Typography.Paragraph>
      ) : null}
      {text ? (
        <Form.Item
          name="text"
          label={text.label}
          extra={text.help}
          rules={[
            { required: text.required, whitespace: true, message: t.common.required(text.label) },
            { max: text.max, message: t.common.maxLength(text.max) },
          ]}
        >
          <Input.TextArea rows={text.rows ?? 4} showCount maxLength={text.max} placeholder={text.placeholder} />
        </Form.Item>
      ) : null}
    </ActionModal>
  );
}
