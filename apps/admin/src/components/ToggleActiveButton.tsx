// Deactivate / activate one row after a confirmation: records are never deleted (history refers to
// them), only taken out of use.
import { App, Button, Popconfirm } from "antd";
import { useState } from "react";
import { describeProblem, toProblem } from "../app/errors";
import { useT } from "../i18n";

interface Props {
  name: string;
  active: boolean;
  /** Runs the update mutation with the new `active` value. */
  onToggle: (active: boolean) => Promise<unknown>;
}

export function ToggleActiveButton({ name, active, onToggle }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  // The confirmation closes at once: left open, it would flip to the opposite question as soon as
  // the refetched row arrives. The row's button shows the work in progress instead.
  const confirm = async () => {
    setOpen(false);
    setBusy(true);
    try {
      await onToggle(!active);
      message.success(active ? t.common.deactivated : t.common.activated);
    } catch (error) {
      message.error(describeProblem(toProblem(error), t));
    } finally {
      setBusy(false);
    }
  };

  const label = active ? t.common.deactivate : t.common.activate;
  return (
    <Popconfirm
      open={open}
      onOpenChange={(next) => setOpen(next && !busy)}
      title={active ? t.common.confirmDeactivate(name) : t.common.confirmActivate(name)}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: active }}
      onConfirm={() => void confirm()}
    >
      <Button type="link" size="small" danger={active} loading={busy} aria-label={`${label} ${name}`}>
        {label}
      </Button>
    </Popconfirm>
  );
}
