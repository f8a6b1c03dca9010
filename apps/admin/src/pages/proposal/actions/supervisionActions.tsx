// The office's supervision of an item: the key-item flag with its leader (重点提案, 领办领导), a
// supervision record (检查、抽查、复查、督办会议、领导批示), and the follow-up's resolution (成果转化).
import { useMutation } from "@apollo/client/react";
import { MarkKeyDocument, RecordSupervisionDocument, ResolveFollowUpDocument, type SupervisionKind } from "@jyta/client";
import { DatePicker, Form, Input, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useT } from "../../../i18n";
import { DATE_FORMAT, fromDayjs } from "../../../lib/dates";
import { SUPERVISION_KINDS } from "../common/enums";
import { useLabels } from "../common/useLabels";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

export function MarkKeyAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<{ isKey: boolean; leader?: string }>();
  const [mutate] = useMutation(MarkKeyDocument);
  const isKey = Form.useWatch("isKey", form) ?? proposal.isKey;
  const k = t.actions.markKey;
  return (
    <ActionModal<{ isKey: boolean; leader?: string }>
      name="markKey"
      title={t.actions.names.markKey}
      form={form}
      initialValues={{ isKey: true, leader: proposal.supervisingLeader ?? undefined }}
      run={(v) => mutate({ variables: { id: proposal.id, isKey: v.isKey, leader: v.isKey ? v.leader?.trim() || undefined : undefined } })}
      doneText={() => t.actions.done(t.actions.names.markKey)}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="isKey" label={k.isKey} valuePropName="checked">
        <Switch />
      </Form.Item>
      {isKey ? (
        <Form.Item name="leader" label={k.leader} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
          <Input placeholder={k.leaderPlaceholder} maxLength={50} />
        </Form.Item>
      ) : null}
    </ActionModal>
  );
}

interface SupervisionValues {
  kind: SupervisionKind;
  occurredOn: Dayjs;
  assignmentId?: string;
  note: string;
}

export function SupervisionAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const labels = useLabels();
  const [form] = Form.useForm<SupervisionValues>();
  const [mutate] = useMutation(RecordSupervisionDocument);
  const s = t.actions.supervision;
  return (
    <ActionModal<SupervisionValues>
      name="supervision"
      title={t.actions.names.recordSupervision}
      form={form}
      initialValues={{ kind: "INSPECTION", occurredOn: dayjs() }}
      run={(v) =>
        mutate({
          variables: { proposalId: proposal.id, input: { kind: v.kind, occurredOn: fromDayjs(v.occurredOn) ?? undefined, assignmentId: v.assignmentId, note: v.note.trim() } },
        })
      }
      doneText={() => t.actions.done(t.actions.names.recordSupervision)}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="kind" label={s.kind} rules={[{ required: true }]}>
        <Select options={SUPERVISION_KINDS.map((k) => ({ value: k, label: labels.supervisionKind(k) }))} />
      </Form.Item>
      <Form.Item name="occurredOn" label={s.occurredOn} rules={[{ required: true, message: t.common.requiredSelect(s.occurredOn) }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
      </Form.Item>
      {proposal.assignments.length > 0 ? (
        <Form.Item name="assignmentId" label={s.unit}>
          <Select allowClear options={proposal.assignments.map((a) => ({ value: a.id, label: `${a.unit.name}（${labels.assignmentRole(a.role)}）` }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={s.note} rules={[{ required: true, whitespace: true, message: t.common.required(s.note) }, { max: 2000, message: t.common.maxLength(2000) }]}>
        <Input.TextArea rows={4} showCount maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

export function ResolveFollowUpAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<{ outcome: string; achievedOn: Dayjs }>();
  const [mutate] = useMutation(ResolveFollowUpDocument);
  const r = t.actions.resolve;
  return (
    <ActionModal<{ outcome: string; achievedOn: Dayjs }>
      name="resolve"
      title={t.actions.names.resolveFollowUp}
      form={form}
      initialValues={{ achievedOn: dayjs() }}
      run={(v) => mutate({ variables: { proposalId: proposal.id, outcome: v.outcome.trim(), achievedOn: fromDayjs(v.achievedOn) ?? "" } })}
      doneText={() => t.actions.done(t.actions.names.resolveFollowUp)}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="outcome" label={r.outcome} rules={[{ required: true, whitespace: true, message: t.common.required(r.outcome) }, { max: 2000, message: t.common.maxLength(2000) }]}>
        <Input.TextArea rows={4} showCount maxLength={2000} />
      </Form.Item>
      <Form.Item name="achievedOn" label={r.achievedOn} rules={[{ required: true, message: t.common.requiredSelect(r.achievedOn) }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
      </Form.Item>
    </ActionModal>
  );
}
