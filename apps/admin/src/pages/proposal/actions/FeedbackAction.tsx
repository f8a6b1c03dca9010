// 评价答复: the proposer says whether the unit communicated with them, and rates its attitude and the
// result (满意 / 基本满意 / 不满意), with an optional comment, inside the feedback window.
import { useMutation } from "@apollo/client/react";
import { GiveFeedbackDocument, type Satisfaction } from "@jyta/client";
import { Form, Input, Radio, Typography } from "antd";
import { useT } from "../../../i18n";
import { ReplyPreview } from "../sections/ReplyPreview";
import { SATISFACTIONS } from "../common/enums";
import { useLabels } from "../common/useLabels";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

interface Values {
  communicated: boolean;
  attitude: Satisfaction;
  result: Satisfaction;
  comment?: string;
}

export function FeedbackAction({ proposal, reply, onClose, onDone }: ActionProps) {
  const t = useT();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [mutate] = useMutation(GiveFeedbackDocument);
  const r = reply!;
  const f = t.actions.feedback;
  const ratings = SATISFACTIONS.map((s) => ({ value: s, label: labels.satisfaction(s) }));
  return (
    <ActionModal<Values>
      name="feedback"
      title={`${t.actions.names.giveFeedback}（${r.unit.name}）`}
      form={form}
      width={760}
      okText={t.actions.names.giveFeedback}
      run={(v) => mutate({ variables: { replyId: r.id, input: { communicated: v.communicated, attitude: v.attitude, result: v.result, comment: v.comment?.trim() || undefined } } })}
      doneText={() => t.actions.done(t.actions.names.giveFeedback)}
      onClose={onClose}
      onDone={onDone}
    >
      {r.feedbackWindowEndsOn ? <Typography.Paragraph type="secondary">{f.windowEnds(r.feedbackWindowEndsOn)}</Typography.Paragraph> : null}
      <ReplyPreview reply={r} kind={proposal.kind} />
      <Form.Item name="communicated" label={f.communicated} rules={[{ required: true, message: t.common.requiredSelect(f.communicated) }]}>
        <Radio.Group
          options={[
            { value: true, label: t.common.yes },
            { value: false, label: t.common.no },
          ]}
        />
      </Form.Item>
      <Form.Item name="attitude" label={f.attitude} rules={[{ required: true, message: t.common.requiredSelect(f.attitude) }]}>
        <Radio.Group options={ratings} />
      </Form.Item>
      <Form.Item name="result" label={f.result} rules={[{ required: true, message: t.common.requiredSelect(f.result) }]}>
        <Radio.Group options={ratings} />
      </Form.Item>
      <Form.Item name="comment" label={f.comment} rules={[{ max: 1000, message: t.common.maxLength(1000) }]}>
        <Input.TextArea rows={3} showCount maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}
