// The year's scores at a glance: how the totals spread over the grade bands, and per indicator the
// mean points earned against the weight.
import type { AssessmentQuery } from "@jyta/client";
import { ChartCard } from "../../components/charts/ChartCard";
import type { ChartOption } from "../../components/charts/echarts";
import { CHART_COLORS, GOOD } from "../../components/charts/palette";
import { useT } from "../../i18n";
import { useBilingual } from "../dashboard/useDomainText";

type Assessment = AssessmentQuery["assessment"];

const round1 = (n: number) => Math.round(n * 10) / 10;

export function AssessmentCharts({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const c = t.assessment.charts;
  const pick = useBilingual();
  const bands = assessment.scheme.gradeBands;
  const ranked = assessment.units.filter((u) => u.ranked);

  const distribution = bands.map((b) => ({ name: pick(b.zh, b.en), count: ranked.filter((u) => u.gradeKey === b.key).length }));
  const indicators = (assessment.units[0]?.indicators ?? []).map((ind, i) => ({
    name: pick(ind.label, ind.labelEn),
    weight: ind.weight,
    mean: ranked.length ? round1(ranked.reduce((s, u) => s + (u.indicators[i]?.points ?? 0), 0) / ranked.length) : 0,
  }));

  const distributionOption: ChartOption = {
    color: [CHART_COLORS[0]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 16, top: 12, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: distribution.map((d) => d.name) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", name: c.units, data: distribution.map((d) => d.count), barMaxWidth: 40 }],
  };
  const indicatorOption: ChartOption = {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: indicators.map((d) => d.name), axisLabel: { interval: 0 } },
    yAxis: { type: "value" },
    series: [
      { type: "bar", name: c.weight, data: indicators.map((d) => d.weight), itemStyle: { color: "#c9d3e3" }, barMaxWidth: 28 },
      { type: "bar", name: c.mean, data: indicators.map((d) => d.mean), itemStyle: { color: GOOD }, barMaxWidth: 28 },
    ],
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(420px, 1fr))", gap: 16, marginBottom: 16 }}>
      <ChartCard
        title={c.distribution}
        option={distributionOption}
        summary={c.summary(c.distribution, distribution.map((d) => `${d.name} ${d.count}`))}
        empty={ranked.length === 0}
        emptyText={c.empty}
        height={240}
      />
      <ChartCard
        title={c.indicators}
        option={indicatorOption}
        summary={c.summary(c.indicators, indicators.map((d) => `${d.name} ${d.mean} / ${d.weight}`))}
        empty={indicators.length === 0}
        emptyText={c.empty}
        height={240}
      />
    </div>
  );
}
