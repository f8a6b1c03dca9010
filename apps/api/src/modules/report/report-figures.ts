// Every number the report prints goes through a FigureBook: it formats the number for the text AND
// records it as a ReportFigure with the slice it was computed over and its formula (from the domain's
// figure definitions, DOMAIN.md §4), so no number can appear in the draft without its provenance.
import { figureDefinition, formatRate, type FigureKey } from "@jyta/domain";
import type { DaysFigure, FigureRatio } from "../figures/figures.types";
import type { ReportFigure } from "./report.types";

interface Provenance {
  /** Added to the book's base scope, e.g. 重点提案 or 承办单位：区教育局. */
  scope?: string;
  /** Overrides the definition's wording (still followed by the counts). */
  formula?: string;
}

export class FigureBook {
  readonly figures: ReportFigure[] = [];

  constructor(private readonly baseScope: string) {}

  private scopeOf(extra?: string): string {
    return extra ? `${this.baseScope} · ${extra}` : this.baseScope;
  }

  private record(figure: ReportFigure): string {
    const existing = this.figures.find((f) => f.key === figure.key);
    if (existing) return existing.formatted;
    this.figures.push(figure);
    return figure.formatted;
  }

  /** A number of items (or assignments): "42 件". */
  count(key: string, figure: FigureKey | null, label: string, value: number, p: Provenance & { unit?: string } = {}): string {
    const definition = figure ? figureDefinition(figure).numerator.zh : label;
    return this.record({
      key,
      figure,
      label,
      value,
      formatted: `${value} ${p.unit ?? "件"}`,
      numerator: value,
      denominator: null,
      scope: this.scopeOf(p.scope),
      formula: `${p.formula ?? definition} = ${value}`,
    });
  }

  /** numerator ÷ denominator: "100%", or "—" when there is nothing to divide by (API.md). */
  rate(key: string, figure: FigureKey, label: string, ratio: FigureRatio, p: Provenance = {}): string {
    const d = figureDefinition(figure);
    const words = p.formula ?? `${d.numerator.zh} ÷ ${d.denominator?.zh ?? "—"}`;
    return this.record({
      key,
      figure,
      label,
      value: ratio.rate,
      formatted: formatRate(ratio.rate, ratio.denominator),
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      scope: this.scopeOf(p.scope),
      formula: `${words} = ${ratio.numerator} ÷ ${ratio.denominator}`,
    });
  }

  /** The median of a duration figure in days: "74 天" ("—" with no values). */
  medianDays(key: string, figure: FigureKey, label: string, days: DaysFigure, p: Provenance = {}): string {
    const median = days.median === null ? null : Math.round(days.median * 10) / 10;
    return this.record({
      key,
      figure,
      label,
      value: median ?? 0,
      formatted: median === null ? "—" : `${median} 天`,
      numerator: null,
      denominator: days.count,
      scope: this.scopeOf(p.scope),
      formula: `${figureDefinition(figure).numerator.zh}：中位数 = ${median ?? "—"}（${days.count} 个值）`,
    });
  }

  /** The printed form of a figure already recorded (for repeating a number in the text). */
  printed(key: string): string {
    const found = this.figures.find((f) => f.key === key);
    if (!found) throw new Error(`report figure ${key} was not recorded`);
    return found.formatted;
  }
}
