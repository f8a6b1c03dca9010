// 申请延期: a date after the reply due date in force and never beyond the limit (EXTENSION_TOO_LONG
// otherwise), with the reason.
import { useMutation } from "@apollo/client/react";
import { RequestExtensionDocument } from "@jyta/client";
import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { useT } from "../../../i18n";
import { DATE_FORMAT, fromDayjs, toDayjs } from "../../../lib/dates";
import { ActionModal } from "./ActionModal";
import { Facts } from "./Facts";
import { titleFor, type ActionProps } from "./types";

interface Values {
  until: Dayjs;
  reason: string;
}

export function RequestExtensionAction({ proposal, assignment, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [mutate] = useMutation(RequestExtensionDocument);
  const a = assignment!;
  const e = t.actions.requestExtension;
  const due = a.replyDueOn;
  const limit = a.extensionLimitOn;
  const title = titleFor(t.actions.names.requestExtension, proposal.assignments.length > 1 ? a.unit.name : undefined, t.actions.forUnit);
  return (
    <ActionModal<Values>
      name="extension"
      title={title}
      form={form}
      initialValues={{ until: toDayjs(limit) }}
      run={(v) => mutate({ variables: { id: a.id, until: fromDayjs(v.until) ?? "", reason: v.reason.trim() } })}
      doneText={() => t.actions.done(title)}
      onClose={onClose}
      onDone={onDone}
    >
      <Facts
        items={[
          { label: t.proposal.assignment.replyDueOn, value: due },
          { label: t.proposal.assignment.extensionLimitOn, value: limit },
        ]}
      />
      <Form.Item name="until" label={e.until} extra={e.limit(limit)} rules={[{ required: true, message: t.common.requiredSelect(e.until) }]}>
        <DatePicker
          format={DATE_FORMAT}
          style={{ width: 200 }}
          disabledDate={(d) => d.format(DATE_FORMAT) <= due || d.format(DATE_FORMAT) > limit}
        />
      </Form.Item>
      <Form.Item name="reason" label={t.actions.reason} rules={[{ required: true, whitespace: true, message: t.common.required(t.actions.reason) }, { max: 500, message: t.common.maxLength(500) }]}>
        <Input.TextArea rows={4} showCount maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}
