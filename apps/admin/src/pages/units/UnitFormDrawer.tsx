// Create or edit one unit. The same form serves both; on edit, cleared optional fields are sent as
// null so they really clear.
import { useMutation } from "@apollo/client/react";
import { CreateUnitDocument, UpdateUnitDocument, type UnitKind } from "@jyta/client";
import { App, Form, Input, InputNumber, Select } from "antd";
import { FormDrawer } from "../../components/FormDrawer";
import { useT } from "../../i18n";
import { UNIT_KINDS } from "../../lib/enums";
import { PHONE_PATTERN, textOrEmpty, textOrUndefined } from "../../lib/formValues";
import type { UnitRow } from "./UnitsPage";

interface UnitFormValues {
  name: string;
  shortName?: string;
  kind: UnitKind;
  contactName?: string;
  contactPhone?: string;
  sortOrder?: number | null;
}

interface Props {
  open: boolean;
  /** null: create a new unit. */
  unit: UnitRow | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function UnitFormDrawer({ open, unit, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const [createUnit] = useMutation(CreateUnitDocument);
  const [updateUnit] = useMutation(UpdateUnitDocument);

  const initialValues: Partial<UnitFormValues> = unit
    ? {
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        kind: unit.kind,
        contactName: unit.contactName ?? undefined,
        contactPhone: unit.contactPhone ?? undefined,
        sortOrder: unit.sortOrder,
      }
    : { kind: "DEPARTMENT", sortOrder: 0 };

  const submit = async (v: UnitFormValues) => {
    if (unit) {
      await updateUnit({
        variables: {
          id: unit.id,
          input: {
            name: v.name.trim(),
            shortName: textOrEmpty(v.shortName),
            kind: v.kind,
            contactName: textOrEmpty(v.contactName),
            contactPhone: textOrEmpty(v.contactPhone),
            sortOrder: v.sortOrder ?? 0,
          },
        },
      });
      message.success(t.common.saved);
    } else {
      await createUnit({
        variables: {
          input: {
            name: v.name.trim(),
            shortName: textOrUndefined(v.shortName),
            kind: v.kind,
            contactName: textOrUndefined(v.contactName),
            contactPhone: textOrUndefined(v.contactPhone),
            sortOrder: v.sortOrder ?? undefined,
          },
        },
      });
      message.success(t.common.created);
    }
    await onSaved();
  };

  return (
    <FormDrawer<UnitFormValues>
      name="unit"
      open={open}
      title={unit ? t.units.editTitle : t.units.createTitle}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
      problemTargets={{ conflictField: "name" }}
    >
      <Form.Item
        name="name"
        label={t.units.name}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.units.name) },
          { max: 100, message: t.common.maxLength(100) },
        ]}
      >
        <Input maxLength={100} showCount autoFocus />
      </Form.Item>
      <Form.Item name="shortName" label={t.units.shortName} extra={t.units.shortNameHelp} rules={[{ max: 30, message: t.common.maxLength(30) }]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="kind" label={t.units.kind} rules={[{ required: true, message: t.common.requiredSelect(t.units.kind) }]}>
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t.unitKind[k] }))} />
      </Form.Item>
      <Form.Item name="contactName" label={t.units.contactName} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="contactPhone" label={t.units.contactPhone} rules={[{ pattern: PHONE_PATTERN, message: t.common.invalidPhone }]}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="sortOrder" label={t.units.sortOrder} extra={t.units.sortOrderHelp}>
        <InputNumber min={0} max={99999} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDrawer>
  );
}
