// 工作日计算: N working days after a date with the calendar in force (counting starts the next day),
// the same arithmetic every return window and feedback window uses.
import { useLazyQuery } from "@apollo/client/react";
import { WorkingDayCheckDocument } from "@jyta/client";
import { Button, Card, DatePicker, Flex, Form, InputNumber, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { LoadError } from "../../../components/LoadError";
import { useT } from "../../../i18n";
import { DATE_FORMAT, fromDayjs } from "../../../lib/dates";

interface Values {
  from: Dayjs;
  days: number;
}

export function WorkingDayChecker() {
  const t = useT();
  const h = t.holidays;
  const [form] = Form.useForm<Values>();
  const [check, { data, loading, error }] = useLazyQuery(WorkingDayCheckDocument, { fetchPolicy: "network-only" });
  const [asked, setAsked] = useState<{ from: string; days: number } | null>(null);
  const result = data?.addWorkingDays;

  return (
    <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{h.checker}</h2>} style={{ marginBottom: 16 }}>
      <Form<Values>
        form={form}
        name="workingDays"
        layout="inline"
        initialValues={{ from: dayjs(), days: 5 }}
        onFinish={(v) => {
          const question = { from: fromDayjs(v.from) ?? "", days: v.days };
          setAsked(question);
          void check({ variables: question });
        }}
      >
        <Form.Item name="from" label={h.from} rules={[{ required: true, message: t.common.requiredSelect(h.from) }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item name="days" label={h.days} rules={[{ required: true, message: t.common.required(h.days) }]}>
          <InputNumber min={0} max={365} precision={0} suffix={h.workingDays} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={loading}>
            {h.compute}
          </Button>
        </Form.Item>
      </Form>
      <Flex style={{ marginTop: 12 }} role="status" aria-live="polite">
        {asked && result ? (
          <Typography.Text data-testid="working-day-result">
            {h.result(asked.from, asked.days, result, h.weekdayNames[dayjs(result).day()] ?? "")}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{h.checkerHelp}</Typography.Text>
        )}
      </Flex>
      {error ? <LoadError error={error} onRetry={() => form.submit()} /> : null}
    </Card>
  );
}
