// One unit's score in full: each indicator's numerator, denominator, weight and points; each
// deduction's and bonus's cases and points; the manual adjustments with their reasons.
import { EditOutlined } from "@ant-design/icons";
import { Button, Descriptions, Flex, Table, Typography } from "antd";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { useBilingual } from "../dashboard/useDomainText";
import type { ItemsTarget } from "./ItemsDrawer";
import { points, type UnitScore } from "./ScoreTable";

interface Props {
  year: number;
  unit: UnitScore;
  onItems: (target: ItemsTarget) => void;
  onAdjust?: (unit: UnitScore) => void;
}

export function ScoreDetail({ year, unit, onItems, onAdjust }: Props) {
  const t = useT();
  const a = t.assessment.detail;
  const pick = useBilingual();
  const counted = [
    ...unit.deductions.map((d) => ({ ...d, sort: a.deduction })),
    ...unit.bonuses.map((b) => ({ ...b, sort: a.bonus })),
  ];

  return (
    <Flex vertical gap={12} style={{ padding: "4px 8px" }}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={unit.indicators}
        aria-label={a.indicators(unit.unit.name)}
        columns={[
          { key: "label", title: a.indicator, render: (_: unknown, s) => pick(s.label, s.labelEn) },
          { key: "numerator", title: a.numerator, align: "right", render: (_: unknown, s) => points(s.numerator) },
          { key: "denominator", title: a.denominator, align: "right", render: (_: unknown, s) => points(s.denominator) },
          { key: "weight", title: a.weight, align: "right", render: (_: unknown, s) => points(s.weight) },
          { key: "points", title: a.points, align: "right", render: (_: unknown, s) => points(s.points) },
          {
            key: "items",
            title: t.common.actions,
            render: (_: unknown, s) => (
              <Button type="link" size="small" onClick={() => onItems({ year, unitId: unit.unitId, unitName: unit.unit.name, key: s.key, label: pick(s.label, s.labelEn), sides: true })}>
                {a.showItems}
              </Button>
            ),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={counted}
        aria-label={a.counted(unit.unit.name)}
        columns={[
          { key: "sort", title: a.sort, width: 80, render: (_: unknown, c) => c.sort },
          { key: "label", title: a.rule, render: (_: unknown, c) => pick(c.label, c.labelEn) },
          { key: "count", title: a.cases, align: "right", render: (_: unknown, c) => c.count },
          { key: "points", title: a.points, align: "right", render: (_: unknown, c) => points(c.points) },
          {
            key: "items",
            title: t.common.actions,
            render: (_: unknown, c) =>
              c.count > 0 ? (
                <Button type="link" size="small" onClick={() => onItems({ year, unitId: unit.unitId, unitName: unit.unit.name, key: c.key, label: pick(c.label, c.labelEn), sides: false })}>
                  {a.showItems}
                </Button>
              ) : null,
          },
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Descriptions
          size="small"
          column={1}
          title={<Typography.Text strong>{a.adjustments}</Typography.Text>}
          items={
            unit.adjustments.length > 0
              ? unit.adjustments.map((adj) => ({ key: adj.id, label: `${points(adj.points)}（${formatDateTime(adj.createdAt) ?? ""}）`, children: adj.reason }))
              : [{ key: "none", label: a.noAdjustments, children: t.common.none }]
          }
        />
        {onAdjust ? (
          <Button icon={<EditOutlined />} onClick={() => onAdjust(unit)}>
            {a.adjust}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
