// The result per unit: rank, each indicator's points (numerator ÷ denominator in the tooltip, a click
// for the items behind it), deductions, bonuses, adjustments, total and grade. Units under the
// minimum sample are shown, marked, and not ranked. A row opens to the full breakdown.
import type { AssessmentQuery } from "@jyta/client";
import { Button, Table, Tag, Tooltip, type TableColumnsType } from "antd";
import { useT } from "../../i18n";
import { useBilingual } from "../dashboard/useDomainText";
import type { ItemsTarget } from "./ItemsDrawer";
import { ScoreDetail } from "./ScoreDetail";

export type UnitScore = AssessmentQuery["assessment"]["units"][number];

const GRADE_COLORS: Record<string, string> = { EXCELLENT: "green", GOOD: "blue", PASS: "gold", FAIL: "red" };

export const points = (n: number) => (Math.round(n * 100) / 100).toString();
export const sum = (xs: readonly { points: number }[]) => xs.reduce((s, x) => s + x.points, 0);

interface Props {
  year: number;
  units: readonly UnitScore[];
  onItems: (target: ItemsTarget) => void;
  /** Office staff on an unpublished year. */
  onAdjust?: (unit: UnitScore) => void;
}

export function ScoreTable({ year, units, onItems, onAdjust }: Props) {
  const t = useT();
  const a = t.assessment.table;
  const pick = useBilingual();
  const indicators = units[0]?.indicators ?? [];

  const columns: TableColumnsType<UnitScore> = [
    { key: "rank", title: a.rank, width: 70, fixed: "left", render: (_: unknown, u) => (u.ranked ? u.rank : <Tag>{a.unranked}</Tag>) },
    { key: "unit", title: a.unit, width: 200, fixed: "left", render: (_: unknown, u) => u.unit.name },
    { key: "count", title: a.assignments, width: 80, align: "right", dataIndex: "assignmentCount" },
    ...indicators.map((ind, i) => ({
      key: ind.key,
      title: `${pick(ind.label, ind.labelEn)}（${ind.weight}）`,
      width: 120,
      align: "right" as const,
      render: (_: unknown, u: UnitScore) => {
        const s = u.indicators[i];
        if (!s) return t.common.none;
        const label = pick(s.label, s.labelEn);
        return (
          <Tooltip title={a.ratio(points(s.numerator), points(s.denominator), points(s.points))}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              aria-label={a.openIndicator(u.unit.name, label, points(s.points))}
              onClick={() => onItems({ year, unitId: u.unitId, unitName: u.unit.name, key: s.key, label, sides: true })}
            >
              {points(s.points)}
            </Button>
          </Tooltip>
        );
      },
    })),
    { key: "deductions", title: a.deductions, width: 90, align: "right", render: (_: unknown, u) => points(sum(u.deductions)) },
    { key: "bonuses", title: a.bonuses, width: 90, align: "right", render: (_: unknown, u) => points(sum(u.bonuses)) },
    { key: "adjustments", title: a.adjustments, width: 90, align: "right", render: (_: unknown, u) => points(sum(u.adjustments)) },
    { key: "total", title: a.total, width: 90, align: "right", fixed: "right", render: (_: unknown, u) => <strong>{points(u.total)}</strong> },
    {
      key: "grade",
      title: a.grade,
      width: 90,
      fixed: "right",
      render: (_: unknown, u) => (u.grade ? <Tag color={GRADE_COLORS[u.gradeKey ?? ""] ?? "default"}>{u.grade}</Tag> : t.common.none),
    },
  ];

  return (
    <Table<UnitScore>
      rowKey="unitId"
      size="small"
      columns={columns}
      dataSource={[...units]}
      pagination={false}
      scroll={{ x: 1300 }}
      aria-label={a.title}
      expandable={{
        expandedRowRender: (u) => <ScoreDetail year={year} unit={u} onItems={onItems} onAdjust={onAdjust} />,
        expandRowByClick: false,
      }}
    />
  );
}
