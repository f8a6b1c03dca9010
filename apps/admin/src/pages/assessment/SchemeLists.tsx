// The editable lists of a scheme: indicators, deductions, bonuses and grade bands. Each row is a line
// of labelled inputs; rows can be added and removed while the scheme is editable.
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { DeductionCause, IndicatorComputation, WhenNoDenominator } from "@jyta/client";
import { Button, Card, Flex, Form, Input, InputNumber, Select } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../i18n";

const COMPUTATIONS: readonly IndicatorComputation[] = ["ON_TIME_RATE", "SATISFACTION_RATE", "CATEGORY_MEAN", "COMMUNICATION_RATE", "QUALITY_MEAN", "CO_ON_TIME_RATE"];
const WHEN_NONE: readonly WhenNoDenominator[] = ["ZERO", "FULL"];
const DEDUCTION_CAUSES: readonly DeductionCause[] = ["REWORK", "LATE"];

const cardTitle = (text: string) => <h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{text}</h2>;
const item = { style: { marginBottom: 8 } };

function Names({ row, n }: { row: number; n: number }) {
  const t = useT();
  const s = t.assessment.scheme;
  const required = [{ required: true, whitespace: true, message: s.problems.required }];
  return (
    <>
      <Form.Item name={[row, "key"]} rules={required} {...item}>
        <Input aria-label={s.rowField(n, s.key)} placeholder={s.key} style={{ width: 130 }} maxLength={40} />
      </Form.Item>
      <Form.Item name={[row, "zh"]} rules={required} {...item}>
        <Input aria-label={s.rowField(n, s.zh)} placeholder={s.zh} style={{ width: 160 }} maxLength={50} />
      </Form.Item>
      <Form.Item name={[row, "en"]} rules={required} {...item}>
        <Input aria-label={s.rowField(n, s.en)} placeholder={s.en} style={{ width: 180 }} maxLength={100} />
      </Form.Item>
    </>
  );
}

/** Points per occurrence and their cap: the same pair on deductions and bonuses. */
function Points({ row, n }: { row: number; n: number }) {
  const t = useT();
  const s = t.assessment.scheme;
  const required = [{ required: true, message: s.problems.required }];
  return (
    <>
      <Form.Item name={[row, "pointsPer"]} rules={required} {...item}>
        <InputNumber aria-label={s.rowField(n, s.pointsPer)} prefix={s.pointsPerPrefix} min={0.01} step={0.5} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name={[row, "max"]} rules={required} {...item}>
        <InputNumber aria-label={s.rowField(n, s.max)} prefix={s.maxPrefix} min={0} step={1} style={{ width: 130 }} />
      </Form.Item>
    </>
  );
}

function ListCard({ name, title, extra, empty, row }: { name: string; title: string; extra?: ReactNode; empty: Record<string, unknown>; row: (field: number, n: number) => ReactNode }) {
  const t = useT();
  const s = t.assessment.scheme;
  return (
    <Card size="small" title={cardTitle(title)} extra={extra} style={{ marginBottom: 16 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} wrap align="flex-start">
                {row(f.name, i + 1)}
                <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={s.removeRow(title, i + 1)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(empty)}>
              {s.addRow(title)}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function IndicatorList({ extra }: { extra: ReactNode }) {
  const t = useT();
  const s = t.assessment.scheme;
  return (
    <ListCard
      name="indicators"
      title={s.indicators}
      extra={extra}
      empty={{ key: "", zh: "", en: "", weight: 0, computation: "ON_TIME_RATE", whenNoDenominator: "ZERO", categoryValues: [] }}
      row={(row, n) => (
        <>
          <Names row={row} n={n} />
          <Form.Item name={[row, "weight"]} rules={[{ required: true, message: s.problems.required }]} {...item}>
            <InputNumber aria-label={s.rowField(n, s.weight)} min={0} max={100} step={1} style={{ width: 110 }} prefix={s.weightPrefix} />
          </Form.Item>
          <Form.Item name={[row, "computation"]} {...item}>
            <Select aria-label={s.rowField(n, s.computation)} style={{ width: 190 }} options={COMPUTATIONS.map((c) => ({ value: c, label: s.computations[c] }))} />
          </Form.Item>
          <Form.Item name={[row, "whenNoDenominator"]} {...item}>
            <Select aria-label={s.rowField(n, s.whenNone)} style={{ width: 170 }} options={WHEN_NONE.map((w) => ({ value: w, label: s.whenNoneLabel[w] }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) =>
              getFieldValue(["indicators", row, "computation"]) === "CATEGORY_MEAN" ? (
                <Form.List name={[row, "categoryValues"]}>
                  {(values) => (
                    <Flex gap={4} wrap>
                      {values.map((v, j) => (
                        <Form.Item key={v.key} name={[v.name, "value"]} {...item}>
                          <InputNumber
                            aria-label={s.categoryValue(n, String(getFieldValue(["indicators", row, "categoryValues", j, "code"]) ?? ""))}
                            prefix={String(getFieldValue(["indicators", row, "categoryValues", j, "code"]) ?? "")}
                            min={0}
                            max={1}
                            step={0.1}
                            style={{ width: 90 }}
                          />
                        </Form.Item>
                      ))}
                    </Flex>
                  )}
                </Form.List>
              ) : null
            }
          </Form.Item>
        </>
      )}
    />
  );
}

export function DeductionList() {
  const t = useT();
  const s = t.assessment.scheme;
  return (
    <ListCard
      name="deductions"
      title={s.deductions}
      empty={{ key: "", zh: "", en: "", cause: "REWORK", pointsPer: 1, max: 5, thresholdDays: null }}
      row={(row, n) => (
        <>
          <Names row={row} n={n} />
          <Form.Item name={[row, "cause"]} {...item}>
            <Select aria-label={s.rowField(n, s.cause)} style={{ width: 200 }} options={DEDUCTION_CAUSES.map((c) => ({ value: c, label: s.causes[c] }))} />
          </Form.Item>
          <Points row={row} n={n} />
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) =>
              getFieldValue(["deductions", row, "cause"]) === "LATE" ? (
                <Form.Item name={[row, "thresholdDays"]} {...item}>
                  <InputNumber aria-label={s.rowField(n, s.threshold)} prefix={s.thresholdPrefix} suffix={s.days} min={0} precision={0} style={{ width: 170 }} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      )}
    />
  );
}

export function BonusList() {
  const t = useT();
  const s = t.assessment.scheme;
  return (
    <ListCard
      name="bonuses"
      title={s.bonuses}
      empty={{ key: "", zh: "", en: "", cause: "KEY_LED_CLOSED_A", pointsPer: 1, max: 3 }}
      row={(row, n) => (
        <>
          <Names row={row} n={n} />
          <Form.Item name={[row, "cause"]} {...item}>
            <Select aria-label={s.rowField(n, s.cause)} style={{ width: 240 }} options={[{ value: "KEY_LED_CLOSED_A", label: s.bonusCause }]} />
          </Form.Item>
          <Points row={row} n={n} />
        </>
      )}
    />
  );
}

export function GradeBandList() {
  const t = useT();
  const s = t.assessment.scheme;
  return (
    <ListCard
      name="gradeBands"
      title={s.gradeBands}
      empty={{ key: "", zh: "", en: "", min: 0 }}
      row={(row, n) => (
        <>
          <Names row={row} n={n} />
          <Form.Item name={[row, "min"]} rules={[{ required: true, message: s.problems.required }]} {...item}>
            <InputNumber aria-label={s.rowField(n, s.min)} prefix={s.minPrefix} min={0} step={1} style={{ width: 140 }} />
          </Form.Item>
        </>
      )}
    />
  );
}
