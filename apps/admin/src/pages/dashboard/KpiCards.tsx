// The headline figures of the slice as cards: counts and rates (100% / "—" when there is nothing to
// divide by), each with its definition in a tooltip and a click-through to the items behind it.
import { InfoCircleOutlined } from "@ant-design/icons";
import type { DashboardFiguresQuery, FigureKey } from "@jyta/client";
import { formatRate } from "@jyta/domain";
import { Button, Tooltip } from "antd";
import { useT } from "../../i18n";
import styles from "./dashboard.module.css";
import { BOTH_PARTS, COUNT_PART, type Drill } from "./drill";
import type { FigureScope } from "@jyta/client";
import { useBilingual } from "./useDomainText";

type Figures = DashboardFiguresQuery["figures"];

interface Kpi {
  figure: FigureKey;
  value: string;
  detail: string;
  tone?: "warn" | "bad";
}

export function KpiCards({ figures, scope, onDrill }: { figures: Figures; scope: FigureScope; onDrill: (d: Drill) => void }) {
  const t = useT();
  const pick = useBilingual();
  const k = t.dashboard.kpi;
  const ratio = (r: { numerator: number; denominator: number; rate: number }) => ({
    value: formatRate(r.rate, r.denominator),
    detail: k.ratio(r.numerator, r.denominator),
  });
  const kpis: Kpi[] = [
    { figure: "HANDLED", value: String(figures.handled), detail: k.replied(figures.replied) },
    { figure: "REPLY_RATE", ...ratio(figures.reply) },
    { figure: "ON_TIME_REPLY_RATE", ...ratio(figures.onTime) },
    {
      figure: "SATISFACTION_RATE",
      value: formatRate(figures.satisfaction.rate, figures.satisfaction.denominator),
      detail: k.satisfactionDetail(figures.satisfied, figures.basicallySatisfied, figures.dissatisfied),
    },
    { figure: "SOLVED_RATE", ...ratio(figures.solved) },
    { figure: "COMMUNICATION_RATE", ...ratio(figures.communication) },
    { figure: "DUE_SOON", value: String(figures.dueSoon), detail: k.openDuties, tone: figures.dueSoon > 0 ? "warn" : undefined },
    { figure: "OVERDUE", value: String(figures.overdue), detail: k.openDuties, tone: figures.overdue > 0 ? "bad" : undefined },
  ];

  return (
    <div className={styles.kpis}>
      {kpis.map((kpi) => {
        const def = figures.definitions.find((d) => d.key === kpi.figure);
        const label = def ? pick(def.label, def.labelEn) : kpi.figure;
        const numerator = def ? pick(def.numerator, def.numeratorEn) : "";
        const denominator = def?.denominator ? pick(def.denominator, def.denominatorEn) : null;
        const formula = denominator ? k.formula(numerator, denominator) : numerator;
        const isRate = def?.measure === "RATE";
        return (
          <div key={kpi.figure} className={styles.kpi} data-testid={`kpi-${kpi.figure}`}>
            <button
              type="button"
              className={styles.kpiButton}
              onClick={() => onDrill({ kind: "figure", title: label, figure: kpi.figure, parts: isRate ? BOTH_PARTS : COUNT_PART, scope })}
            >
              <span className={styles.kpiLabel}>{label}</span>
              <span className={`${styles.kpiValue} ${kpi.tone ? styles[kpi.tone] : ""}`}>{kpi.value}</span>
              <span className={styles.kpiDetail}>{kpi.detail}</span>
            </button>
            <Tooltip title={formula}>
              <Button type="text" size="small" className={styles.kpiInfo} icon={<InfoCircleOutlined />} aria-label={k.definitionOf(label, formula)} />
            </Tooltip>
          </div>
        );
      })}
    </div>
  );
}
