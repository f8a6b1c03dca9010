// Create or edit one body. Its kind (CPPCC or People's Congress) decides which items it files, so it
// is fixed once created; the API's update input has no kind.
import { useMutation } from "@apollo/client/react";
import { CreateBodyDocument, UpdateBodyDocument, type BodyKind, type BodyLevel } from "@jyta/client";
import { App, Form, Input, Radio } from "antd";
import { FormDrawer } from "../../components/FormDrawer";
import { useT } from "../../i18n";
import { BODY_KINDS, BODY_LEVELS } from "../../lib/enums";
import type { BodyRow } from "./BodiesPage";

interface BodyFormValues {
  name: string;
  kind: BodyKind;
  level: BodyLevel;
}

interface Props {
  open: boolean;
  /** null: create a new body. */
  body: BodyRow | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function BodyFormDrawer({ open, body, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyFormValues>();
  const [createBody] = useMutation(CreateBodyDocument);
  const [updateBody] = useMutation(UpdateBodyDocument);

  const initialValues: Partial<BodyFormValues> = body ? { name: body.name, kind: body.kind, level: body.level } : { kind: "CPPCC", level: "DISTRICT" };

  const submit = async (v: BodyFormValues) => {
    if (body) {
      await updateBody({ variables: { id: body.id, input: { name: v.name.trim(), level: v.level } } });
      message.success(t.common.saved);
    } else {
      await createBody({ variables: { input: { name: v.name.trim(), kind: v.kind, level: v.level } } });
      message.success(t.common.created);
    }
    await onSaved();
  };

  return (
    <FormDrawer<BodyFormValues>
      name="body"
      open={open}
      title={body ? t.bodies.editTitle : t.bodies.createTitle}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
      problemTargets={{ conflictField: "name" }}
    >
      <Form.Item
        name="name"
        label={t.bodies.name}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.bodies.name) },
          { max: 100, message: t.common.maxLength(100) },
        ]}
      >
        <Input maxLength={100} showCount autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t.bodies.kind} extra={body ? t.bodies.kindLocked : undefined} rules={[{ required: true, message: t.common.requiredSelect(t.bodies.kind) }]}>
        <Radio.Group aria-label={t.bodies.kind} disabled={body !== null} options={BODY_KINDS.map((k) => ({ value: k, label: t.bodyKind[k] }))} />
      </Form.Item>
      <Form.Item name="level" label={t.bodies.level} rules={[{ required: true, message: t.common.requiredSelect(t.bodies.level) }]}>
        <Radio.Group aria-label={t.bodies.level} options={BODY_LEVELS.map((l) => ({ value: l, label: t.bodyLevel[l] }))} />
      </Form.Item>
    </FormDrawer>
  );
}
