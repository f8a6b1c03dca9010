// 拟写 / 修改答复: the handler's reply editor — outcome category from the rule set, the text, document
// number, signer and contact — saved as a draft, or saved and submitted for the leader's sign-off.
import { useMutation } from "@apollo/client/react";
import { SaveReplyDocument, SubmitReplyDocument } from "@jyta/client";
import { Alert, Form, Input, Radio } from "antd";
import { useT } from "../../../i18n";
import { PHONE_PATTERN } from "../../../lib/formValues";
import { useCategories } from "../common/useCategoryLabel";
import { useRuleSets } from "../common/useRuleSets";
import { ActionModal } from "./ActionModal";
import { titleFor, type ActionProps } from "./types";

interface Values {
  category: string;
  content: string;
  documentNumber?: string;
  signer?: string;
  contact?: string;
  contactPhone?: string;
}

const trim = (v: string | undefined) => v?.trim() || undefined;

export function ReplyAction({ proposal, assignment, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { options } = useCategories(proposal.kind);
  const { ruleFor } = useRuleSets();
  const [save] = useMutation(SaveReplyDocument);
  const [submit] = useMutation(SubmitReplyDocument);
  const a = assignment!;
  const draft = proposal.replies.find((r) => r.assignment.id === a.id && r.round === proposal.round);
  const r = t.actions.reply;
  const base = draft ? r.titleEdit : r.titleNew;
  const title = titleFor(base, proposal.assignments.length > 1 ? a.unit.name : undefined, t.actions.forUnit);
  const needsTalk = ruleFor(proposal.kind)?.communicationRequiredBeforeReply && a.communications.length === 0;

  return (
    <ActionModal<Values>
      name="reply"
      title={title}
      form={form}
      width={820}
      initialValues={
        draft
          ? {
              category: draft.category,
              content: draft.content,
              documentNumber: draft.documentNumber ?? undefined,
              signer: draft.signer ?? undefined,
              contact: draft.contactName ?? undefined,
              contactPhone: draft.contactPhone ?? undefined,
            }
          : {}
      }
      modes={[
        { key: "save", label: r.saveDraft },
        { key: "submit", label: r.saveAndSubmit, primary: true },
      ]}
      run={async (v, mode) => {
        const input = {
          category: v.category,
          content: v.content.trim(),
          documentNumber: trim(v.documentNumber),
          signer: trim(v.signer),
          contact: trim(v.contact),
          contactPhone: trim(v.contactPhone),
        };
        const saved = await save({ variables: { assignmentId: a.id, input } });
        const id = saved.data?.saveReply.id;
        if (mode !== "submit" || !id) return;
        try {
          await submit({ variables: { id } });
        } catch (error) {
          // Saved first: a refusal to submit (e.g. NO_COMMUNICATION) keeps the draft, so show it. Only
          // here: refreshing between the two calls raced the refresh after them (Apollo deduplicates an
          // identical query in flight), and the page could keep showing the draft after submitting.
          onDone();
          throw error;
        }
      }}
      doneText={(mode) => (mode === "submit" ? r.submitted : r.saved)}
      onClose={onClose}
      onDone={onDone}
    >
      {draft?.reviewComment && draft.reworkCount > 0 ? <Alert type="warning" showIcon title={r.reworkNote(draft.reviewComment)} style={{ marginBottom: 12 }} /> : null}
      {needsTalk ? <Alert type="info" showIcon title={r.needsCommunication} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="category" label={r.category} rules={[{ required: true, message: t.common.requiredSelect(r.category) }]}>
        <Radio.Group options={options} style={{ display: "flex", flexDirection: "column", gap: 4 }} />
      </Form.Item>
      <Form.Item name="content" label={r.content} rules={[{ required: true, whitespace: true, message: t.common.required(r.content) }, { max: 20000, message: t.common.maxLength(20000) }]}>
        <Input.TextArea rows={10} showCount maxLength={20000} />
      </Form.Item>
      <Form.Item name="documentNumber" label={r.documentNumber} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <Input placeholder={r.documentNumberPlaceholder} maxLength={50} />
      </Form.Item>
      <Form.Item name="signer" label={r.signer} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="contact" label={r.contact} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="contactPhone" label={r.contactPhone} rules={[{ pattern: PHONE_PATTERN, message: t.common.invalidPhone }]}>
        <Input maxLength={30} />
      </Form.Item>
    </ActionModal>
  );
}
