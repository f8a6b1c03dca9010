// 手动调整: office staff add points (or take them away) for a unit, with a required reason; recorded.
import { useMutation } from "@apollo/client/react";
import { AdjustScoreDocument } from "@jyta/client";
import { App, Form, Input, InputNumber, Modal } from "antd";
import { describeProblem, toProblem } from "../../app/errors";
import { useT } from "../../i18n";

export interface AdjustTarget {
  year: number;
  unitId: string;
  unitName: string;
}

interface Values {
  points: number;
  reason: string;
}

export function AdjustModal({ target, onClose, onSaved }: { target: AdjustTarget | null; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const t = useT();
  const a = t.assessment.adjust;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [adjust, { loading }] = useMutation(AdjustScoreDocument);

  const submit = async (values: Values) => {
    if (!target) return;
    try {
      await adjust({ variables: { year: target.year, unitId: target.unitId, points: values.points, reason: values.reason.trim() } });
      message.success(a.saved(target.unitName));
      form.resetFields();
      onClose();
      await onSaved();
    } catch (error) {
      const problem = toProblem(error);
      if (problem.fields.reason) form.setFields([{ name: "reason", errors: [a.reasonRequired] }]);
      message.error(describeProblem(problem, t));
    }
  };

  return (
    <Modal open={target !== null} title={target ? a.title(target.unitName) : undefined} onCancel={onClose} onOk={() => form.submit()} okText={t.common.save} cancelText={t.common.cancel} confirmLoading={loading} destroyOnHidden>
      <Form<Values> form={form} name="adjustScore" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="points" label={a.points} extra={a.pointsHelp} rules={[{ required: true, message: t.common.required(a.points) }, { validator: (_, v: number | null) => (v === 0 ? Promise.reject(new Error(a.notZero)) : Promise.resolve()) }]}>
          <InputNumber step={0.5} min={-100} max={100} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label={a.reason} rules={[{ required: true, whitespace: true, message: a.reasonRequired }, { max: 500, message: t.common.maxLength(500) }]}>
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
