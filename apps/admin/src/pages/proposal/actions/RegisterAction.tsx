// 立案: the committee confirms the subject area; the number is assigned by the server.
import { useMutation } from "@apollo/client/react";
import { RegisterProposalDocument } from "@jyta/client";
import { Form, Select, Typography } from "antd";
import { useI18n } from "../../../i18n";
import { useRuleSets } from "../common/useRuleSets";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

interface Values {
  category?: string;
}

export function RegisterAction({ proposal, onClose, onDone }: ActionProps) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const { ruleFor } = useRuleSets();
  const [mutate] = useMutation(RegisterProposalDocument);
  const areas = ruleFor(proposal.kind)?.subjectAreas ?? [];
  return (
    <ActionModal<Values>
      name="register"
      title={t.actions.names.register}
      form={form}
      okText={t.actions.names.register}
      initialValues={{ category: proposal.category ?? undefined }}
      run={(v) => mutate({ variables: { id: proposal.id, category: v.category } })}
      doneText={() => t.actions.done(t.actions.names.register)}
      onClose={onClose}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">{t.actions.register.intro}</Typography.Paragraph>
      <Form.Item name="category" label={t.actions.register.category} extra={t.actions.register.categoryHelp} rules={[{ required: true, message: t.common.requiredSelect(t.actions.register.category) }]}>
        <Select options={areas.map((a) => ({ value: a.code, label: locale === "en" ? a.en : a.zh }))} />
      </Form.Item>
    </ActionModal>
  );
}
