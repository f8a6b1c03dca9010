// 考评方案: the scheme a year is scored by — indicators with weights summing to 100, deductions,
// bonuses, grade bands and the minimum sample. Editable by administrators and office staff until the
// year is published; everyone else reads it.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { AssessmentSchemeDocument, UpdateAssessmentSchemeDocument, type AssessmentSchemeQuery } from "@jyta/client";
import { Alert, App, Button, Card, Flex, Form, InputNumber, Select, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { describeProblem, toProblem } from "../../app/errors";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { BonusList, DeductionList, GradeBandList, IndicatorList } from "./SchemeLists";
import { schemeProblems, toValues, weightSum, type SchemeValues } from "./schemeValues";
import { useAssessmentYear } from "./useAssessmentYear";

function WeightTotal() {
  const t = useT();
  const s = t.assessment.scheme;
  const indicators = Form.useWatch<SchemeValues["indicators"] | undefined>("indicators");
  const total = weightSum({ indicators });
  const ok = Math.abs(total - 100) < 1e-9;
  return (
    <Tag color={ok ? "green" : "red"} role="status" aria-live="polite">
      {s.weightTotal(total)}
    </Tag>
  );
}

function SchemeForm({ year, scheme, canEdit, onSaved }: { year: number; scheme: AssessmentSchemeQuery["assessmentScheme"]; canEdit: boolean; onSaved: () => Promise<unknown> }) {
  const t = useT();
  const s = t.assessment.scheme;
  const { message } = App.useApp();
  const [form] = Form.useForm<SchemeValues>();
  const [save, { loading }] = useMutation(UpdateAssessmentSchemeDocument);
  const [general, setGeneral] = useState<string[]>([]);
  const editable = canEdit && scheme.editable;

  const finish = async (values: SchemeValues) => {
    const problems = schemeProblems(values, t);
    setGeneral(problems.filter((p) => p.name === null).map((p) => p.message));
    const fields = problems.filter((p) => p.name !== null).map((p) => ({ name: p.name ?? [], errors: [p.message] }));
    if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    if (problems.length) return;
    try {
      await save({ variables: { year, input: values } });
      message.success(t.common.saved);
      await onSaved();
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === "BAD_USER_INPUT") setGeneral([s.problems.server]);
      message.error(describeProblem(problem, t));
    }
  };

  return (
    <Form<SchemeValues> form={form} name="scheme" layout="vertical" initialValues={toValues(scheme)} onFinish={finish} disabled={!editable}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{scheme.stored ? s.storedAt(formatDateTime(scheme.updatedAt) ?? "") : s.defaults}</Typography.Text>
        {editable ? (
          <Flex gap={8}>
            <Button onClick={() => form.resetFields()}>{t.common.reset}</Button>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t.common.save}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      {general.map((g) => (
        <Alert key={g} type="error" showIcon title={g} style={{ marginBottom: 12 }} />
      ))}
      <IndicatorList extra={<WeightTotal />} />
      <DeductionList />
      <BonusList />
      <GradeBandList />
      <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{s.sample}</h2>}>
        <Form.Item name="minSample" label={s.minSample} extra={s.minSampleHelp} style={{ marginBottom: 0 }}>
          <InputNumber min={0} precision={0} suffix={s.assignments} style={{ width: 160 }} />
        </Form.Item>
      </Card>
    </Form>
  );
}

export function SchemePage() {
  const t = useT();
  const a = t.assessment;
  const navigate = useNavigate();
  const { user } = useViewer();
  const { year, years, setYear } = useAssessmentYear();
  const { data, loading, error, refetch } = useQuery(AssessmentSchemeDocument, { variables: { year: year ?? 0 }, skip: year === undefined, fetchPolicy: "network-only" });
  const scheme = data?.assessmentScheme;
  const canEdit = hasAnyRole(user, ["ADMIN", "OFFICE"]);

  return (
    <PageContainer
      title={a.scheme.title}
      description={a.scheme.description}
      extra={
        <>
          <Select<number> aria-label={a.year} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: a.yearOf(y) }))} style={{ width: 120 }} />
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/assessment${year ? `?year=${year}` : ""}`)}>
            {a.scheme.back}
          </Button>
        </>
      }
    >
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {scheme && !scheme.editable ? <Alert type="warning" showIcon title={a.scheme.frozen} style={{ marginBottom: 16 }} /> : null}
      {scheme && scheme.editable && !canEdit ? <Alert type="info" showIcon title={a.scheme.readOnly} style={{ marginBottom: 16 }} /> : null}
      {scheme && year !== undefined ? (
        <SchemeForm key={`${year}-${scheme.updatedAt ?? "default"}`} year={year} scheme={scheme} canEdit={canEdit} onSaved={() => refetch()} />
      ) : loading ? (
        <Skeleton active />
      ) : null}
    </PageContainer>
  );
}
