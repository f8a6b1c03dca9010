// 发布: freezes the year's result as a snapshot, after a confirmation that says so.
import { CheckCircleOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { PublishAssessmentDocument } from "@jyta/client";
import { App, Button } from "antd";
import { describeProblem, toProblem } from "../../app/errors";
import { useT } from "../../i18n";

export function PublishButton({ year, onPublished }: { year: number; onPublished: () => Promise<unknown> }) {
  const t = useT();
  const p = t.assessment.publish;
  const { modal, message } = App.useApp();
  const [publish] = useMutation(PublishAssessmentDocument);

  const confirm = () =>
    modal.confirm({
      title: p.confirmTitle(year),
      content: p.confirmText,
      okText: p.ok,
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await publish({ variables: { year } });
          message.success(p.done(year));
          await onPublished();
        } catch (error) {
          message.error(describeProblem(toProblem(error), t));
        }
      },
    });

  return (
    <Button type="primary" icon={<CheckCircleOutlined />} onClick={confirm}>
      {p.button}
    </Button>
  );
}
