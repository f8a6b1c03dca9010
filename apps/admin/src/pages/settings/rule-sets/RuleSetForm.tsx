// One item kind's rule set as a form: deadlines, caps, handling rules, outcome categories and subject
// areas. Checked by the domain's own rules before saving; the API's answer (a stale version, a
// refused value) lands under the field it concerns.
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { UpdateRuleSetDocument, type RuleSetSettingsQuery } from "@jyta/client";
import { validateRuleSet } from "@jyta/domain";
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Switch, Table, Typography } from "antd";
import { useState } from "react";
import { describeProblem, toProblem } from "../../../app/errors";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { translateProblem, type FieldProblem } from "./ruleSetProblems";

export type RuleSetRow = RuleSetSettingsQuery["ruleSets"][number];
type Values = Omit<RuleSetRow, "kind" | "version" | "updatedAt">;
type NumberField =
  | "replyDueMonths"
  | "extensionMaxMonths"
  | "coOpinionDueMonths"
  | "rehandlingDueMonths"
  | "returnWindowWorkingDays"
  | "feedbackWindowWorkingDays"
  | "dueSoonDays"
  | "titleMaxLength"
  | "bodyMaxLength"
  | "minAssessmentSample";

const DEADLINES: readonly { name: NumberField; unit: "months" | "workingDays" | "days" }[] = [
  { name: "replyDueMonths", unit: "months" },
  { name: "extensionMaxMonths", unit: "months" },
  { name: "coOpinionDueMonths", unit: "months" },
  { name: "rehandlingDueMonths", unit: "months" },
  { name: "returnWindowWorkingDays", unit: "workingDays" },
  { name: "feedbackWindowWorkingDays", unit: "workingDays" },
  { name: "dueSoonDays", unit: "days" },
];
const CAPS: readonly NumberField[] = ["titleMaxLength", "bodyMaxLength", "minAssessmentSample"];

function valuesOf(rs: RuleSetRow): Values {
  const { kind: _kind, version: _version, updatedAt: _updatedAt, ...values } = rs;
  return {
    ...values,
    categories: values.categories.map(({ code, zh, en, solved, followUp }) => ({ code, zh, en, solved, followUp })),
    subjectAreas: values.subjectAreas.map(({ code, zh, en }) => ({ code, zh, en })),
  };
}

export function RuleSetForm({ ruleSet, onSaved }: { ruleSet: RuleSetRow; onSaved: () => Promise<unknown> }) {
  const t = useT();
  const r = t.ruleSets;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [update, { loading }] = useMutation(UpdateRuleSetDocument);
  const [general, setGeneral] = useState<string[]>([]);

  const show = (problems: FieldProblem[]) => {
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const rest: string[] = [];
    for (const p of problems) {
      if (!p.name) {
        rest.push(p.message);
        continue;
      }
      const key = p.name.join(".");
      const entry = byField.get(key) ?? { name: p.name, errors: [] };
      entry.errors.push(p.message);
      byField.set(key, entry);
    }
    form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
    setGeneral(rest);
  };

  const finish = async (values: Values) => {
    setGeneral([]);
    const local = validateRuleSet({ ...values, kind: ruleSet.kind }).map((s) => translateProblem(s, t));
    if (local.length > 0) {
      show(local);
      return;
    }
    try {
      await update({ variables: { kind: ruleSet.kind, input: { ...values, version: ruleSet.version } } });
      message.success(t.common.saved);
      await onSaved();
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === "CONFLICT") {
        setGeneral([r.conflict]);
        return;
      }
      const fields = Object.entries(problem.fields).flatMap(([path, msgs]) => msgs.map((m) => translateProblem(m, t, path)));
      if (fields.length > 0) show(fields);
      message.error(describeProblem(problem, t));
    }
  };

  const unitText = { months: r.units.months, workingDays: r.units.workingDays, days: r.units.days };

  return (
    <Form<Values> form={form} name={`rules_${ruleSet.kind}`} layout="vertical" initialValues={valuesOf(ruleSet)} onFinish={finish} scrollToFirstError>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {ruleSet.updatedAt ? r.updatedAt(formatDateTime(ruleSet.updatedAt) ?? "") : r.defaults}
          {" · "}
          {r.appliesFromNow}
        </Typography.Text>
        <Flex gap={8}>
          <Button onClick={() => form.resetFields()} disabled={loading}>
            {t.common.reset}
          </Button>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t.common.save}
          </Button>
        </Flex>
      </Flex>
      {general.map((g) => (
        <Alert key={g} type="error" showIcon title={g} style={{ marginBottom: 12 }} />
      ))}
      <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{r.deadlines}</h2>} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {DEADLINES.map((f) => (
            <Col key={f.name} xs={24} sm={12} lg={8} xl={6}>
              <Form.Item name={f.name} label={r.fields[f.name]} extra={r.help[f.name]} rules={[{ required: true, message: r.problems.required }]}>
                <InputNumber precision={0} style={{ width: "100%" }} suffix={unitText[f.unit]} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{r.handling}</h2>} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {CAPS.map((name) => (
            <Col key={name} xs={24} sm={12} lg={8} xl={6}>
              <Form.Item name={name} label={r.fields[name]} extra={r.help[name]} rules={[{ required: true, message: r.problems.required }]}>
                <InputNumber precision={0} style={{ width: "100%" }} suffix={name === "minAssessmentSample" ? r.units.assignments : r.units.characters} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={12} lg={8} xl={6}>
            <Form.Item name="communicationRequiredBeforeReply" label={r.fields.communicationRequiredBeforeReply} extra={r.help.communicationRequiredBeforeReply} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="officeReviewRequired" label={r.fields.officeReviewRequired}>
              <Radio.Group optionType="button" options={(["NONE", "KEY_ONLY", "ALL"] as const).map((v) => ({ value: v, label: r.officeReview[v] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="handledBasis" label={r.fields.handledBasis} extra={r.help.handledBasis}>
              <Radio.Group optionType="button" options={(["AFTER_MERGE", "BEFORE_MERGE"] as const).map((v) => ({ value: v, label: r.handledBasisLabel[v] }))} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <CodedList kind="categories" />
      <CodedList kind="subjectAreas" />
    </Form>
  );
}

/** An editable list of coded entries (code, Chinese, English), with the categories' two flags. */
function CodedList({ kind }: { kind: "categories" | "subjectAreas" }) {
  const t = useT();
  const r = t.ruleSets;
  const title = kind === "categories" ? r.categories : r.subjectAreas;
  const required = [{ required: true, whitespace: true, message: r.problems.required }];
  return (
    <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{title}</h2>} style={{ marginBottom: 16 }}>
      <Form.List name={kind}>
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              aria-label={title}
              columns={[
                {
                  key: "code",
                  title: r.code,
                  width: 160,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, "code"]} rules={required} style={{ margin: 0 }}>
                      <Input aria-label={`${r.code} ${f.name + 1}`} maxLength={40} />
                    </Form.Item>
                  ),
                },
                {
                  key: "zh",
                  title: r.zh,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, "zh"]} rules={required} style={{ margin: 0 }}>
                      <Input aria-label={`${r.zh} ${f.name + 1}`} maxLength={100} />
                    </Form.Item>
                  ),
                },
                {
                  key: "en",
                  title: r.en,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, "en"]} rules={required} style={{ margin: 0 }}>
                      <Input aria-label={`${r.en} ${f.name + 1}`} maxLength={200} />
                    </Form.Item>
                  ),
                },
                ...(kind === "categories"
                  ? [
                      {
                        key: "solved",
                        title: r.solved,
                        width: 90,
                        render: (_: unknown, f: { name: number }) => (
                          <Form.Item name={[f.name, "solved"]} valuePropName="checked" style={{ margin: 0 }}>
                            <Checkbox aria-label={`${r.solved} ${f.name + 1}`} />
                          </Form.Item>
                        ),
                      },
                      {
                        key: "followUp",
                        title: r.followUp,
                        width: 90,
                        render: (_: unknown, f: { name: number }) => (
                          <Form.Item name={[f.name, "followUp"]} valuePropName="checked" style={{ margin: 0 }}>
                            <Checkbox aria-label={`${r.followUp} ${f.name + 1}`} />
                          </Form.Item>
                        ),
                      },
                    ]
                  : []),
                {
                  key: "remove",
                  title: t.common.actions,
                  width: 70,
                  render: (_: unknown, f) => (
                    <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={r.removeRow(title, f.name + 1)} disabled={fields.length <= 1} />
                  ),
                },
              ]}
            />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(kind === "categories" ? { code: "", zh: "", en: "", solved: false, followUp: false } : { code: "", zh: "", en: "" })} style={{ marginTop: 8 }}>
              {r.addRow}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
