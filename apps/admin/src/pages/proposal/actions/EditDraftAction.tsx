// 编辑草稿: the submission form, prefilled with the DRAFT, in a dialog. It saves the draft again
// (updateDraft) or saves and submits it (updateDraft, then submitDraft).
import { Modal } from "antd";
import { useI18n } from "../../../i18n";
import { SubmitForm } from "../../submit/SubmitPage";
import type { ActionProps } from "./types";

export function EditDraftAction({ proposal: p, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  return (
    <Modal open title={t.submit.editTitle} width={920} footer={null} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <SubmitForm
        draft={{
          id: p.id,
          kind: p.kind,
          sessionId: p.session.id,
          submitterType: p.submitterType,
          title: p.title,
          body: p.body,
          category: p.category,
          proposers: p.proposers.map((x) => ({ id: x.id, name: x.name })),
        }}
        onSaved={() => {
          onDone();
          onClose();
        }}
        onCancel={onClose}
      />
    </Modal>
  );
}
