// Marks one date as a holiday or a make-up working day, or changes its name; an existing mark can
// also be removed from here (the day goes back to the plain week).
import { useMutation } from "@apollo/client/react";
import { SetHolidayDocument, type CalendarDayKind } from "@jyta/client";
import { AutoComplete, DatePicker, Form, Radio } from "antd";
import type { Dayjs } from "dayjs";
import { FormDrawer } from "../../../components/FormDrawer";
import { useT } from "../../../i18n";
import { DATE_FORMAT, fromDayjs, toDayjs } from "../../../lib/dates";

interface Values {
  date: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

export interface HolidayDraft {
  date: string | null;
  kind: CalendarDayKind;
  name: string;
  /** Editing a stored mark (the date is then fixed). */
  existing: boolean;
}

const NAMES = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

export function HolidayDrawer({ draft, onClose, onSaved }: { draft: HolidayDraft | null; onClose: () => void; onSaved: (year: number) => Promise<void> }) {
  const t = useT();
  const h = t.holidays;
  const [form] = Form.useForm<Values>();
  const [setHoliday] = useMutation(SetHolidayDocument);

  return (
    <FormDrawer<Values>
      name="holiday"
      open={draft !== null}
      title={draft?.existing ? h.editTitle : h.createTitle}
      form={form}
      initialValues={draft ? { date: toDayjs(draft.date), kind: draft.kind, name: draft.name } : undefined}
      onClose={onClose}
      onSubmit={async (values) => {
        const date = fromDayjs(values.date) ?? "";
        await setHoliday({ variables: { date, kind: values.kind, name: values.name.trim() } });
        await onSaved(values.date.year());
      }}
    >
      <Form.Item name="date" label={h.date} rules={[{ required: true, message: t.common.requiredSelect(h.date) }]}>
        <DatePicker format={DATE_FORMAT} disabled={draft?.existing} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="kind" label={h.kindLabel} rules={[{ required: true }]}>
        <Radio.Group options={(["HOLIDAY", "WORKDAY"] as const).map((k) => ({ value: k, label: h.kind[k] }))} />
      </Form.Item>
      <Form.Item name="name" label={h.name} extra={h.nameHelp} rules={[{ required: true, whitespace: true, message: t.common.required(h.name) }, { max: 50, message: t.common.maxLength(50) }]}>
        <AutoComplete options={NAMES.map((n) => ({ value: n }))} filterOption={(input, option) => (option?.value ?? "").includes(input)} />
      </Form.Item>
    </FormDrawer>
  );
}
