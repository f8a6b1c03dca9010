// 节假日: the holiday calendar that working-day deadlines count with — a year view, the list of marked
// days (holidays and make-up working days) with edit and remove, and a working-day calculator.
import { LeftOutlined, PlusOutlined, RightOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { HolidaysDocument, SetHolidayDocument, type HolidaysQuery } from "@jyta/client";
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { describeProblem, toProblem } from "../../../app/errors";
import { LoadError } from "../../../components/LoadError";
import { PageContainer } from "../../../components/PageContainer";
import { useT } from "../../../i18n";
import { HolidayDrawer, type HolidayDraft } from "./HolidayDrawer";
import { WorkingDayChecker } from "./WorkingDayChecker";
import { YearCalendar } from "./YearCalendar";

type Day = HolidaysQuery["holidays"][number];

function yearFrom(raw: string | null): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : new Date().getFullYear();
}

export function HolidaysPage() {
  const t = useT();
  const h = t.holidays;
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const year = yearFrom(search.get("year"));
  const { data, previousData, loading, error, refetch } = useQuery(HolidaysDocument, { variables: { year } });
  const days = (data ?? previousData)?.holidays ?? [];
  const [draft, setDraft] = useState<HolidayDraft | null>(null);
  const [setHoliday] = useMutation(SetHolidayDocument);

  const goYear = (y: number) => setSearch({ year: String(y) }, { replace: true });
  const edit = (d: Day) => setDraft({ date: d.date, kind: d.kind, name: d.name, existing: true });
  const remove = async (d: Day) => {
    try {
      await setHoliday({ variables: { date: d.date, kind: null } });
      message.success(h.removed(d.date));
      await refetch();
    } catch (e) {
      message.error(describeProblem(toProblem(e), t));
    }
  };

  const columns: TableColumnsType<Day> = [
    { key: "date", dataIndex: "date", title: h.date, width: 130 },
    { key: "weekday", title: h.weekday, width: 90, render: (_: unknown, d) => h.weekdayNames[dayjs(d.date).day()] },
    { key: "kind", title: h.kindLabel, width: 120, render: (_: unknown, d) => <Tag color={d.kind === "HOLIDAY" ? "red" : "blue"}>{h.kind[d.kind]}</Tag> },
    { key: "name", dataIndex: "name", title: h.name },
    {
      key: "actions",
      title: t.common.actions,
      width: 150,
      render: (_: unknown, d) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => edit(d)} aria-label={`${t.common.edit} ${d.date}`}>
            {t.common.edit}
          </Button>
          <Popconfirm title={h.confirmRemove(d.date, d.name)} onConfirm={() => remove(d)} okText={h.remove} cancelText={t.common.cancel}>
            <Button type="link" size="small" danger aria-label={`${h.remove} ${d.date}`}>
              {h.remove}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={h.title}
      description={h.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ date: null, kind: "HOLIDAY", name: "", existing: false })}>
          {h.add}
        </Button>
      }
    >
      <WorkingDayChecker />
      <Card size="small" title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{h.yearTitle(year)}</h2>} extra={
        <Flex gap={4} align="center">
          <Button size="small" icon={<LeftOutlined />} onClick={() => goYear(year - 1)} aria-label={h.previousYear} />
          <Typography.Text strong style={{ minWidth: 48, textAlign: "center" }}>
            {year}
          </Typography.Text>
          <Button size="small" icon={<RightOutlined />} onClick={() => goYear(year + 1)} aria-label={h.nextYear} />
        </Flex>
      }>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
        {!loading && days.length === 0 ? <Typography.Paragraph type="warning">{h.emptyYear(year)}</Typography.Paragraph> : null}
        <YearCalendar year={year} days={days} onPick={(date, existing) => (existing ? edit(existing) : setDraft({ date, kind: "HOLIDAY", name: "", existing: false }))} />
        <Table<Day> rowKey="date" size="small" columns={columns} dataSource={days} loading={loading} pagination={false} aria-label={h.listTitle(year)} />
      </Card>
      <HolidayDrawer
        draft={draft}
        onClose={() => setDraft(null)}
        onSaved={async (savedYear) => {
          setDraft(null);
          message.success(t.common.saved);
          if (savedYear !== year) goYear(savedYear);
          else await refetch();
        }}
      />
    </PageContainer>
  );
}
