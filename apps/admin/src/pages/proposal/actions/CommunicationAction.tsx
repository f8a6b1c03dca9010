// 记录沟通: method, stage, date (not in the future), who took part and what was said.
import { useMutation } from "@apollo/client/react";
import { LogCommunicationDocument, type CommunicationMethod, type CommunicationStage } from "@jyta/client";
import { DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useT } from "../../../i18n";
import { DATE_FORMAT, fromDayjs } from "../../../lib/dates";
import { COMMUNICATION_METHODS, COMMUNICATION_STAGES } from "../common/enums";
import { useLabels } from "../common/useLabels";
import { ActionModal } from "./ActionModal";
import { titleFor, type ActionProps } from "./types";

interface Values {
  method: CommunicationMethod;
  stage: CommunicationStage;
  occurredOn: Dayjs;
  participants?: string;
  summary: string;
}

export function CommunicationAction({ proposal, assignment, onClose, onDone }: ActionProps) {
  const t = useT();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [mutate] = useMutation(LogCommunicationDocument);
  const a = assignment!;
  const c = t.actions.communication;
  const title = titleFor(t.actions.names.logCommunication, proposal.assignments.length > 1 ? a.unit.name : undefined, t.actions.forUnit);
  const stage: CommunicationStage = proposal.status === "HANDLING" ? (a.communications.length > 0 ? "DURING" : "BEFORE") : "AFTER";
  return (
    <ActionModal<Values>
      name="communication"
      title={title}
      form={form}
      initialValues={{ method: "PHONE", stage, occurredOn: dayjs() }}
      run={(v) =>
        mutate({
          variables: {
            assignmentId: a.id,
            input: { method: v.method, stage: v.stage, occurredOn: fromDayjs(v.occurredOn) ?? "", participants: v.participants?.trim() || undefined, summary: v.summary.trim() },
          },
        })
      }
      doneText={() => t.actions.done(title)}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="method" label={c.method} rules={[{ required: true }]}>
        <Select options={COMMUNICATION_METHODS.map((m) => ({ value: m, label: labels.method(m) }))} />
      </Form.Item>
      <Form.Item name="stage" label={c.stage} rules={[{ required: true }]}>
        <Radio.Group options={COMMUNICATION_STAGES.map((s) => ({ value: s, label: labels.stage(s) }))} />
      </Form.Item>
      <Form.Item name="occurredOn" label={c.occurredOn} rules={[{ required: true, message: t.common.requiredSelect(c.occurredOn) }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
      </Form.Item>
      <Form.Item name="participants" label={c.participants} rules={[{ max: 200, message: t.common.maxLength(200) }]}>
        <Input placeholder={c.participantsPlaceholder} maxLength={200} />
      </Form.Item>
      <Form.Item name="summary" label={c.summary} rules={[{ required: true, whitespace: true, message: t.common.required(c.summary) }, { max: 2000, message: t.common.maxLength(2000) }]}>
        <Input.TextArea rows={5} showCount maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}
