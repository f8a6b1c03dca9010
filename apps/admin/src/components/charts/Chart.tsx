// A chart drawn by ECharts in a box that keeps its size in step with the page. The canvas is hidden
// from assistive technology: the box carries a text summary (`summary`), and every page that draws a
// chart also lists its numbers as text with keyboard-usable links to the items behind them.
import { useEffect, useRef } from "react";
import { init, type ChartOption, type ECElementEvent, type EChartsType } from "./echarts";

interface Props {
  option: ChartOption;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  height?: number;
  /** A click on a bar or slice: its data index and series index. */
  onSelect?: (dataIndex: number, seriesIndex: number) => void;
}

export function Chart({ option, summary, height = 280, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (event: ECElementEvent) => {
      if (typeof event.dataIndex === "number") select.current?.(event.dataIndex, event.seriesIndex ?? 0);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Pages rebuild their options on every render; redraw (and animate) only when the data changed.
  const drawn = useRef("");
  useEffect(() => {
    const json = JSON.stringify(option);
    if (!chart.current || json === drawn.current) return;
    drawn.current = json;
    chart.current.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={summary} style={{ width: "100%", height, cursor: onSelect ? "pointer" : undefined }}>
      <div ref={box} aria-hidden="true" style={{ width: "100%", height: "100%" }} />
    </div>
  );
}
