// The one create/edit form shell: a drawer with a vertical form, Save and Cancel in the footer, Enter
// to submit, and server problems shown under the fields they concern.
import { App, Button, Drawer, Flex, Form, type FormInstance } from "antd";
import { useState, type ReactNode } from "react";
import { useT } from "../i18n";
import { showProblem, type ProblemTargets } from "./formProblems";

interface Props<V> {
  /** Prefixes the fields' element ids (`unit_name`), so they stay unique on the page. */
  name: string;
  open: boolean;
  title: string;
  form: FormInstance<V>;
  /** Applied each time the drawer opens (the form is rebuilt on every open). */
  initialValues?: Partial<V>;
  onClose: () => void;
  /** Runs the mutation; a thrown error stays in the drawer, shown on the form. */
  onSubmit: (values: V) => Promise<void>;
  problemTargets?: ProblemTargets;
  children: ReactNode;
}

export function FormDrawer<V extends object>({ name, open, title, form, initialValues, onClose, onSubmit, problemTargets = {}, children }: Props<V>) {
  const t = useT();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);

  const finish = async (values: V) => {
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      showProblem(error, form, message, t, problemTargets);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Drawer
      open={open}
      title={title}
      size={560}
      onClose={onClose}
      destroyOnHidden
      maskClosable={!submitting}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={submitting}>
            {t.common.cancel}
          </Button>
          <Button type="primary" loading={submitting} onClick={() => form.submit()}>
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form<V> name={name} form={form} layout="vertical" initialValues={initialValues} onFinish={finish} scrollToFirstError requiredMark>
        {children}
        {/* Lets Enter in any field submit the form, as in any native form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
