// The slice's charts: the status funnel, the outcome categories, the subject areas, and per unit the
// on-time and satisfaction rates and the due-soon and overdue duties. Every bar and slice (and its
// text link below the chart) opens the items behind it.
import type { DashboardFiguresQuery, FigureScope } from "@jyta/client";
import { formatRate, proposalStatusLabels } from "@jyta/domain";
import { useMemo } from "react";
import { ChartCard } from "../../components/charts/ChartCard";
import type { ChartOption } from "../../components/charts/echarts";
import { BAD, CHART_COLORS, GOOD, WARN } from "../../components/charts/palette";
import { useT } from "../../i18n";
import styles from "./dashboard.module.css";
import { BOTH_PARTS, COUNT_PART, type Drill } from "./drill";
import { useDomainText } from "./useDomainText";

type Figures = DashboardFiguresQuery["figures"];

const pct = (r: number) => Math.round(r * 1000) / 10;

function barOption(categories: string[], series: { name: string; data: number[]; color: string; stack?: string }[], opts: { percent?: boolean; horizontal?: boolean } = {}): ChartOption {
  const valueAxis = { type: "value" as const, max: opts.percent ? 100 : undefined, minInterval: 1, axisLabel: { formatter: opts.percent ? "{value}%" : "{value}" } };
  const categoryAxis = { type: "category" as const, data: categories, axisLabel: { interval: 0, rotate: opts.horizontal ? 0 : categories.length > 6 ? 35 : 0 } };
  return {
    color: [...CHART_COLORS],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v) => (opts.percent ? `${String(v)}%` : String(v)) },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) => ({ type: "bar", name: s.name, data: s.data, stack: s.stack, itemStyle: { color: s.color }, barMaxWidth: 28 })),
  };
}

export function DashboardCharts({ figures, scope, onDrill }: { figures: Figures; scope: FigureScope; onDrill: (d: Drill) => void }) {
  const t = useT();
  const text = useDomainText();
  const c = t.dashboard.charts;

  const funnel = useMemo(() => figures.statusFunnel.map((s) => ({ ...s, label: text(proposalStatusLabels[s.status]) })), [figures, text]);
  const statusDrill = (i: number) => {
    const s = funnel[i];
    if (s) onDrill({ kind: "status", title: c.statusItems(s.label), status: s.status, scope });
  };

  const categories = figures.byCategory.map((cat) => ({ ...cat, name: c.categoryName(cat.category, cat.label ?? "") }));
  const categoryDrill = (i: number) => {
    const cat = categories[i];
    if (cat) onDrill({ kind: "figure", title: c.categoryItems(cat.name), figure: "CATEGORY_BREAKDOWN", parts: COUNT_PART, scope: { ...scope, category: cat.category } });
  };

  const areas = figures.bySubjectArea.map((a) => ({ ...a, name: a.label ?? a.subjectArea ?? c.noSubjectArea }));
  const areaDrill = (i: number) => {
    const a = areas[i];
    if (a?.subjectArea) onDrill({ kind: "figure", title: c.areaItems(a.name), figure: "HANDLED", parts: COUNT_PART, scope: { ...scope, subjectArea: a.subjectArea } });
  };

  const units = figures.byUnit.filter((u) => u.replying > 0);
  const unitName = (u: (typeof units)[number]) => u.unit.shortName || u.unit.name;
  const rateDrill = (i: number, series: number) => {
    const u = units[i];
    if (!u) return;
    const figure = series === 0 ? "ON_TIME_REPLY_RATE" : "SATISFACTION_RATE";
    onDrill({ kind: "figure", title: c.unitFigure(u.unit.name, series === 0 ? c.onTime : c.satisfaction), figure, parts: BOTH_PARTS, scope: { ...scope, unitId: u.unitId } });
  };

  const dueUnits = figures.byUnit.filter((u) => u.dueSoon > 0 || u.overdue > 0);
  const dueDrill = (i: number, series: number) => {
    const u = dueUnits[i];
    if (!u) return;
    onDrill({ kind: "figure", title: c.unitFigure(u.unit.name, series === 0 ? c.dueSoon : c.overdue), figure: series === 0 ? "DUE_SOON" : "OVERDUE", parts: COUNT_PART, scope: { ...scope, unitId: u.unitId } });
  };

  const statusOption = barOption(funnel.map((s) => s.label), [{ name: c.items, data: funnel.map((s) => s.count), color: CHART_COLORS[0] }], { horizontal: true });
  const categoryOption: ChartOption = {
    color: [GOOD, CHART_COLORS[0], WARN, CHART_COLORS[7], ...CHART_COLORS],
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { bottom: 0, type: "scroll" },
    series: [{ type: "pie", radius: ["40%", "68%"], center: ["50%", "45%"], data: categories.map((cat) => ({ name: cat.name, value: cat.count })), label: { formatter: "{d}%" } }],
  };
  const areaOption = barOption(areas.map((a) => a.name), [{ name: c.handled, data: areas.map((a) => a.handled), color: CHART_COLORS[5] }]);
  const rateOption = barOption(
    units.map(unitName),
    [
      { name: c.onTime, data: units.map((u) => pct(u.onTime.rate)), color: CHART_COLORS[0] },
      { name: c.satisfaction, data: units.map((u) => pct(u.satisfaction.rate)), color: GOOD },
    ],
    { percent: true },
  );
  const dueOption = barOption(
    dueUnits.map(unitName),
    [
      { name: c.dueSoon, data: dueUnits.map((u) => u.dueSoon), color: WARN, stack: "due" },
      { name: c.overdue, data: dueUnits.map((u) => u.overdue), color: BAD, stack: "due" },
    ],
  );

  return (
    <div className={styles.grid}>
      <ChartCard
        title={c.statusFunnel}
        option={statusOption}
        summary={c.summary(c.statusFunnel, funnel.map((s) => `${s.label} ${s.count}`))}
        empty={funnel.every((s) => s.count === 0)}
        emptyText={c.empty}
        onSelect={statusDrill}
        links={funnel.filter((s) => s.count > 0).map((s) => ({ key: s.status, label: c.count(s.label, s.count), onClick: () => statusDrill(funnel.indexOf(s)) }))}
      />
      <ChartCard
        title={c.categories}
        option={categoryOption}
        summary={c.summary(c.categories, categories.map((cat) => `${cat.name} ${cat.count}`))}
        empty={categories.length === 0}
        emptyText={c.emptyReplies}
        onSelect={categoryDrill}
        links={categories.map((cat, i) => ({ key: cat.category, label: c.share(cat.name, cat.count, formatRate(cat.share, 1)), onClick: () => categoryDrill(i) }))}
      />
      <ChartCard
        title={c.subjectAreas}
        option={areaOption}
        summary={c.summary(c.subjectAreas, areas.map((a) => `${a.name} ${a.handled}`))}
        empty={areas.length === 0}
        emptyText={c.empty}
        onSelect={areaDrill}
        links={areas.filter((a) => a.subjectArea).map((a) => ({ key: a.subjectArea ?? "", label: c.count(a.name, a.handled), onClick: () => areaDrill(areas.indexOf(a)) }))}
      />
      <ChartCard
        title={c.unitRates}
        option={rateOption}
        summary={c.summary(c.unitRates, units.map((u) => `${unitName(u)} ${formatRate(u.onTime.rate, u.onTime.denominator)} / ${formatRate(u.satisfaction.rate, u.satisfaction.denominator)}`))}
        empty={units.length === 0}
        emptyText={c.empty}
        onSelect={rateDrill}
      />
      <ChartCard
        title={c.dueByUnit}
        option={dueOption}
        summary={c.summary(c.dueByUnit, dueUnits.map((u) => `${unitName(u)} ${u.dueSoon} / ${u.overdue}`))}
        empty={dueUnits.length === 0}
        emptyText={c.nothingDue}
        onSelect={dueDrill}
        links={dueUnits.flatMap((u, i) => [
          ...(u.dueSoon > 0 ? [{ key: `${u.unitId}-soon`, label: c.count(`${unitName(u)} ${c.dueSoon}`, u.dueSoon), onClick: () => dueDrill(i, 0) }] : []),
          ...(u.overdue > 0 ? [{ key: `${u.unitId}-over`, label: c.count(`${unitName(u)} ${c.overdue}`, u.overdue), onClick: () => dueDrill(i, 1) }] : []),
        ])}
      />
    </div>
  );
}
