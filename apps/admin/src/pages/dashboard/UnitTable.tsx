// Per unit, the same figures as the unit charts in a table: the keyboard way to every unit's items.
import type { DashboardFiguresQuery, FigureKey, FigureScope } from "@jyta/client";
import { formatRate } from "@jyta/domain";
import { Button, Card, Table, type TableColumnsType } from "antd";
import { useT } from "../../i18n";
import styles from "./dashboard.module.css";
import { BOTH_PARTS, COUNT_PART, type Drill } from "./drill";

type UnitRow = DashboardFiguresQuery["figures"]["byUnit"][number];

export function UnitTable({ rows, scope, onDrill }: { rows: readonly UnitRow[]; scope: FigureScope; onDrill: (d: Drill) => void }) {
  const t = useT();
  const u = t.dashboard.units;
  const c = t.dashboard.charts;

  const link = (row: UnitRow, figure: FigureKey, label: string, text: string, rate: boolean, tone?: string) => (
    <Button
      type="link"
      size="small"
      style={{ padding: 0 }}
      className={tone}
      aria-label={u.openFigure(row.unit.name, label, text)}
      onClick={() => onDrill({ kind: "figure", title: c.unitFigure(row.unit.name, label), figure, parts: rate ? BOTH_PARTS : COUNT_PART, scope: { ...scope, unitId: row.unitId } })}
    >
      {text}
    </Button>
  );

  const columns: TableColumnsType<UnitRow> = [
    { key: "unit", title: u.unit, render: (_: unknown, r) => r.unit.name, fixed: "left" },
    { key: "assignments", title: u.assignments, dataIndex: "assignments", align: "right", width: 90 },
    { key: "replying", title: u.replying, dataIndex: "replying", align: "right", width: 90 },
    { key: "replied", title: u.replied, dataIndex: "replied", align: "right", width: 90 },
    {
      key: "onTime",
      title: c.onTime,
      align: "right",
      width: 150,
      sorter: (a, b) => a.onTime.rate - b.onTime.rate,
      render: (_: unknown, r) => link(r, "ON_TIME_REPLY_RATE", c.onTime, `${formatRate(r.onTime.rate, r.onTime.denominator)}（${r.onTime.numerator}/${r.onTime.denominator}）`, true),
    },
    {
      key: "satisfaction",
      title: c.satisfaction,
      align: "right",
      width: 150,
      sorter: (a, b) => a.satisfaction.rate - b.satisfaction.rate,
      render: (_: unknown, r) =>
        link(r, "SATISFACTION_RATE", c.satisfaction, `${formatRate(r.satisfaction.rate, r.satisfaction.denominator)}（${r.satisfaction.numerator}/${r.satisfaction.denominator}）`, true),
    },
    {
      key: "dueSoon",
      title: c.dueSoon,
      align: "right",
      width: 100,
      sorter: (a, b) => a.dueSoon - b.dueSoon,
      render: (_: unknown, r) => (r.dueSoon > 0 ? link(r, "DUE_SOON", c.dueSoon, String(r.dueSoon), false, styles.warn) : "0"),
    },
    {
      key: "overdue",
      title: c.overdue,
      align: "right",
      width: 100,
      sorter: (a, b) => a.overdue - b.overdue,
      render: (_: unknown, r) => (r.overdue > 0 ? link(r, "OVERDUE", c.overdue, String(r.overdue), false, styles.bad) : "0"),
    },
  ];

  return (
    <Card title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{u.title}</h2>} size="small">
      <Table<UnitRow> rowKey="unitId" size="small" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ x: 860 }} aria-label={u.title} />
    </Card>
  );
}
