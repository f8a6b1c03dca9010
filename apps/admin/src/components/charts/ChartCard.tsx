// A titled card around one chart, with the chart's numbers below it as text links (the keyboard and
// screen-reader way to the same click-throughs), or a plain note when there is nothing to draw.
import { Button, Card, Empty } from "antd";
import type { ReactNode } from "react";
import { Chart } from "./Chart";
import type { ChartOption } from "./echarts";

export interface ChartLink {
  key: string;
  label: string;
  onClick: () => void;
}

interface Props {
  title: string;
  option: ChartOption;
  summary: string;
  empty: boolean;
  emptyText: string;
  height?: number;
  onSelect?: (dataIndex: number, seriesIndex: number) => void;
  links?: readonly ChartLink[];
  extra?: ReactNode;
}

export function ChartCard({ title, option, summary, empty, emptyText, height, onSelect, links, extra }: Props) {
  return (
    <Card title={<h2 style={{ fontSize: 15, fontWeight: 600, margin: 0 }}>{title}</h2>} size="small" extra={extra}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <>
          <Chart option={option} summary={summary} height={height} onSelect={onSelect} />
          {links && links.length > 0 ? (
            <div style={{ display: "flex", flexWrap: "wrap", gap: "0 4px", marginTop: 8 }}>
              {links.map((l) => (
                <Button key={l.key} type="link" size="small" onClick={l.onClick} style={{ paddingInline: 4 }}>
                  {l.label}
                </Button>
              ))}
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
