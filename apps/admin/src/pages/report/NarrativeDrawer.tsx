// Edits the staff-written parts of the report: addressee, issuer, date, and the measures, problems
// and next steps (one paragraph per line; a line like （一）强化领导 becomes a sub-heading). Only the
// fields changed are sent, so an untouched section keeps following the default wording.
import { useMutation } from "@apollo/client/react";
import { UpdateReportNarrativeDocument, type AnnualReportQuery, type ProposalKind, type ReportNarrativeInput } from "@jyta/client";
import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo } from "react";
import { FormDrawer } from "../../components/FormDrawer";
import { useT } from "../../i18n";
import { DATE_FORMAT, fromDayjs, toDayjs } from "../../lib/dates";

type Report = AnnualReportQuery["annualReport"];
type TextKey = "measures" | "problems" | "nextSteps";
const TEXTS: readonly TextKey[] = ["measures", "problems", "nextSteps"];

interface Values {
  addressee: string;
  issuer: string;
  issuedOn: Dayjs | undefined;
  measures: string;
  problems: string;
  nextSteps: string;
}

function initialValues(report: Report): Values {
  const text = (key: TextKey) => report.narrative[key] ?? report.sections.find((s) => s.key === key)?.paragraphs.join("\n") ?? "";
  return {
    addressee: report.addressee,
    issuer: report.issuer,
    issuedOn: toDayjs(report.issuedOn),
    measures: text("measures"),
    problems: text("problems"),
    nextSteps: text("nextSteps"),
  };
}

interface Props {
  open: boolean;
  report: Report;
  sessionId: string;
  kind: ProposalKind | undefined;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

export function NarrativeDrawer({ open, report, sessionId, kind, onClose, onSaved }: Props) {
  const t = useT();
  const r = t.report.narrative;
  const [form] = Form.useForm<Values>();
  const [update] = useMutation(UpdateReportNarrativeDocument);
  const initial = useMemo(() => initialValues(report), [report]);

  const submit = async (values: Values) => {
    const input: ReportNarrativeInput = {};
    if (values.addressee.trim() !== initial.addressee) input.addressee = values.addressee.trim();
    if (values.issuer.trim() !== initial.issuer) input.issuer = values.issuer.trim();
    const issuedOn = fromDayjs(values.issuedOn);
    if (issuedOn && issuedOn !== report.issuedOn) input.issuedOn = issuedOn;
    for (const key of TEXTS) {
      const text = values[key].split("\n").map((l) => l.trim()).filter(Boolean).join("\n");
      if (text !== initial[key]) input[key] = text;
    }
    if (Object.keys(input).length > 0) await update({ variables: { sessionId, kind, input } });
    await onSaved();
  };

  const textRules = [{ required: true, whitespace: true, message: r.required }, { max: 20000, message: t.common.maxLength(20000) }];

  return (
    <FormDrawer<Values> name="narrative" open={open} title={r.title} form={form} initialValues={initial} onClose={onClose} onSubmit={submit}>
      <Form.Item name="addressee" label={r.addressee} rules={[{ required: true, whitespace: true, message: r.required }, { max: 100, message: t.common.maxLength(100) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="issuer" label={r.issuer} rules={[{ required: true, whitespace: true, message: r.required }, { max: 100, message: t.common.maxLength(100) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="issuedOn" label={r.issuedOn}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name="measures" label={r.measures} extra={r.paragraphHelp} rules={textRules}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} />
      </Form.Item>
      <Form.Item name="problems" label={r.problems} extra={r.linesHelp} rules={textRules}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      <Form.Item name="nextSteps" label={r.nextSteps} extra={r.linesHelp} rules={textRules}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
    </FormDrawer>
  );
}
