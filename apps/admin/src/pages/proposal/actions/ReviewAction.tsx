// 督查室审核: approve (the reply is sent; the category may change) or send back for rework (退改, with
// what to change), with a quality score 0–100 for the year-end assessment.
import { useMutation } from "@apollo/client/react";
import { ReviewReplyDocument } from "@jyta/client";
import { Form, Input, InputNumber, Radio, Select } from "antd";
import { useT } from "../../../i18n";
import { ReplyPreview } from "../sections/ReplyPreview";
import { useCategories } from "../common/useCategoryLabel";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

interface Values {
  approve: boolean;
  category: string;
  qualityScore?: number | null;
  comment?: string;
}

export function ReviewAction({ proposal, reply, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { options } = useCategories(proposal.kind);
  const [mutate] = useMutation(ReviewReplyDocument);
  const r = reply!;
  const approve = Form.useWatch("approve", form) ?? true;
  const v = t.actions.review;
  return (
    <ActionModal<Values>
      name="review"
      title={`${t.actions.names.reviewReply}（${r.unit.name}）`}
      form={form}
      width={820}
      initialValues={{ approve: true, category: r.category, qualityScore: r.qualityScore ?? undefined }}
      run={(values) =>
        mutate({
          variables: {
            id: r.id,
            approve: values.approve,
            category: values.approve ? values.category : undefined,
            qualityScore: typeof values.qualityScore === "number" ? values.qualityScore : undefined,
            comment: values.comment?.trim() || undefined,
          },
        })
      }
      doneText={() => t.actions.done(approve ? v.approve : v.sendBack)}
      onClose={onClose}
      onDone={onDone}
    >
      <ReplyPreview reply={r} kind={proposal.kind} />
      <Form.Item name="approve" label={t.actions.decision} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: v.approve },
            { value: false, label: v.sendBack },
          ]}
        />
      </Form.Item>
      {approve ? (
        <Form.Item name="category" label={v.category} rules={[{ required: true, message: t.common.requiredSelect(v.category) }]}>
          <Select options={options} />
        </Form.Item>
      ) : null}
      <Form.Item name="qualityScore" label={v.qualityScore}>
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="comment"
        label={approve ? t.actions.commentOptional : t.actions.comment}
        rules={[{ required: !approve, whitespace: true, message: v.commentRequired }, { max: 2000, message: t.common.maxLength(2000) }]}
      >
        <Input.TextArea rows={3} showCount maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}
