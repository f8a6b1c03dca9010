// The one shell of every workflow form: a modal dialog with a vertical form, validation before the
// request, the server's refusal shown inside the dialog by code (never its raw message), and on
// success a confirmation toast and a refreshed item.
import { Alert, App, Button, Flex, Form, Modal, type FormInstance } from "antd";
import { useRef, useState, type ReactNode } from "react";
import { useT } from "../../../i18n";
import { actionProblem } from "./actionProblem";

export interface SubmitMode {
  key: string;
  label: string;
  primary?: boolean;
  danger?: boolean;
}

interface Props<V> {
  /** Prefixes the fields' element ids, so they stay unique on the page. */
  name: string;
  title: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Runs the mutation(s); `mode` is the footer button pressed. */
  run: (values: V, mode: string) => Promise<unknown>;
  /** The toast after success (per mode). */
  doneText: (mode: string) => string;
  onClose: () => void;
  /** After success: refresh the item. Also called after a CONFLICT, so the user sees the new state. */
  onDone: () => void;
  /** Footer buttons; default one primary button with the action's name. */
  modes?: SubmitMode[];
  okText?: string;
  danger?: boolean;
  width?: number;
  children?: ReactNode;
}

export function ActionModal<V extends object>(props: Props<V>) {
  const { name, title, form, initialValues, run, doneText, onClose, onDone, okText, danger, width = 560, children } = props;
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const modes = props.modes ?? [{ key: "ok", label: okText ?? t.actions.confirm, primary: true, danger }];
  // Which footer button submitted the form (Enter submits with the first one).
  const mode = useRef(modes[0]?.key ?? "ok");

  const finish = async (values: V) => {
    const pressed = mode.current;
    mode.current = modes[0]?.key ?? "ok";
    setBusy(pressed);
    setProblem(null);
    try {
      await run(values, pressed);
      message.success(doneText(pressed));
      onDone();
      onClose();
    } catch (error) {
      const { problem: p, text } = actionProblem(error, t);
      const known = new Set(Object.keys(form.getFieldsValue() as object));
      const fields = Object.entries(p.fields)
        .filter(([field]) => known.has(field))
        .map(([field, errors]) => ({ name: field, errors }));
      // antd's typed NamePath cannot know names that come from the server; they were checked above.
      if (fields.length > 0) form.setFields(fields as Parameters<FormInstance<V>["setFields"]>[0]);
      setProblem(text);
      if (p.code === "CONFLICT" || p.code === "INVALID_TRANSITION") onDone();
    } finally {
      setBusy(null);
    }
  };

  const press = (key: string) => {
    mode.current = key;
    form.submit();
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      onCancel={onClose}
      maskClosable={busy === null}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose} disabled={busy !== null}>
            {t.actions.cancel}
          </Button>
          {modes.map((m) => (
            <Button
              key={m.key}
              type={m.primary ? "primary" : "default"}
              danger={m.danger}
              loading={busy === m.key}
              disabled={busy !== null && busy !== m.key}
              onClick={() => press(m.key)}
            >
              {m.label}
            </Button>
          ))}
        </Flex>
      }
    >
      {problem ? <Alert type="error" showIcon title={t.actions.problemTitle} description={problem} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form<V> name={name} form={form} layout="vertical" initialValues={initialValues} onFinish={finish} scrollToFirstError requiredMark>
        {children}
        {/* Enter in a single-line field submits with the first button, as in any native form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
