// 不予立案: a reason code and an explanation the proposers see; optionally the channel it went to.
import { useMutation } from "@apollo/client/react";
import { DeclineProposalDocument } from "@jyta/client";
import { AutoComplete, Form, Input, Select } from "antd";
import { useT } from "../../../i18n";
import { DECLINE_REASONS } from "../common/enums";
import { useLabels } from "../common/useLabels";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

interface Values {
  reasonCode: string;
  reason: string;
  transferredTo?: string;
}

export function DeclineAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [mutate] = useMutation(DeclineProposalDocument);
  const a = t.actions.decline;
  return (
    <ActionModal<Values>
      name="decline"
      title={t.actions.names.decline}
      form={form}
      okText={t.actions.names.decline}
      danger
      run={(v) => mutate({ variables: { id: proposal.id, reasonCode: v.reasonCode, reason: v.reason.trim(), transferredTo: v.transferredTo?.trim() || undefined } })}
      doneText={() => t.actions.done(t.actions.names.decline)}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="reasonCode" label={a.reasonCode} rules={[{ required: true, message: t.common.requiredSelect(a.reasonCode) }]}>
        <Select options={DECLINE_REASONS.map((r) => ({ value: r, label: labels.declineReason(r) }))} />
      </Form.Item>
      <Form.Item name="reason" label={a.reason} rules={[{ required: true, whitespace: true, message: t.common.required(a.reason) }, { max: 1000, message: t.common.maxLength(1000) }]}>
        <Input.TextArea rows={4} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item name="transferredTo" label={a.transferredTo} rules={[{ max: 100, message: t.common.maxLength(100) }]}>
        <AutoComplete options={a.transferOptions.map((value) => ({ value }))} />
      </Form.Item>
    </ActionModal>
  );
}
