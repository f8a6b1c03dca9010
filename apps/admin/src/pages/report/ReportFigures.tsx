// Every number quoted in the report with the definition and counts it came from and its slice:
// the draft can be checked figure by figure, and each is recomputed whenever the page loads.
import type { AnnualReportQuery } from "@jyta/client";
import { Table, Typography, type TableColumnsType } from "antd";
import { useT } from "../../i18n";

type Figure = AnnualReportQuery["annualReport"]["figures"][number];

export function ReportFigures({ figures }: { figures: readonly Figure[] }) {
  const t = useT();
  const r = t.report.figures;
  const columns: TableColumnsType<Figure> = [
    { key: "label", dataIndex: "label", title: r.label, width: 220 },
    { key: "formatted", dataIndex: "formatted", title: r.value, width: 110, align: "right", render: (v: string) => <strong>{v}</strong> },
    { key: "formula", dataIndex: "formula", title: r.formula },
    { key: "scope", dataIndex: "scope", title: r.scope, width: 300, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
  ];
  return <Table<Figure> rowKey="key" size="small" columns={columns} dataSource={[...figures]} pagination={{ pageSize: 20, hideOnSinglePage: true }} aria-label={r.title} scroll={{ x: 900 }} />;
}
