// 统计: the named figures (DOMAIN.md §4) over a slice chosen in the URL, as headline cards, charts
// and a per-unit table; every number opens the items behind it.
import { ReloadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { DashboardFiguresDocument, SessionsDocument } from "@jyta/client";
import { Button, Skeleton, Typography } from "antd";
import { useMemo, useState } from "react";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { useT } from "../../i18n";
import { DashboardCharts } from "./DashboardCharts";
import type { Drill } from "./drill";
import { FigureDrawer } from "./FigureDrawer";
import { KpiCards } from "./KpiCards";
import { ScopeBar } from "./ScopeBar";
import { UnitTable } from "./UnitTable";
import { useDashboardScope } from "./useDashboardScope";

export function DashboardPage() {
  const t = useT();
  const { user } = useViewer();
  const sessions = useQuery(SessionsDocument, { variables: {} });
  const years = useMemo(() => [...new Set((sessions.data?.sessions ?? []).map((s) => s.year))].sort((a, b) => b - a), [sessions.data]);
  const defaultYear = years[0];
  const state = useDashboardScope(defaultYear);
  const ready = sessions.data !== undefined || sessions.error !== undefined;
  const { data, previousData, loading, error, refetch } = useQuery(DashboardFiguresDocument, { variables: { scope: state.scope }, skip: !ready });
  const figures = (data ?? previousData)?.figures;
  const [drill, setDrill] = useState<Drill | null>(null);
  const unitUser = hasAnyRole(user, ["UNIT_HANDLER", "UNIT_LEADER"]) && !hasAnyRole(user, ["ADMIN", "OFFICE", "LEADER"]);
  const committee = hasAnyRole(user, ["COMMITTEE"]) && !hasAnyRole(user, ["ADMIN", "OFFICE", "LEADER"]);

  return (
    <PageContainer
      title={t.dashboard.title}
      description={unitUser ? t.dashboard.descriptionUnit(user?.unit?.name ?? "") : t.dashboard.description}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && figures !== undefined}>
          {t.common.refresh}
        </Button>
      }
    >
      <ScopeBar state={state} years={years} defaultYear={defaultYear} showBody={!committee} showUnit={!unitUser} />
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {figures ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {t.dashboard.asOf(figures.asOf)}
          </Typography.Paragraph>
          <KpiCards figures={figures} scope={state.scope} onDrill={setDrill} />
          <DashboardCharts figures={figures} scope={state.scope} onDrill={setDrill} />
          <UnitTable rows={figures.byUnit} scope={state.scope} onDrill={setDrill} />
        </>
      ) : error ? null : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
      <FigureDrawer drill={drill} onClose={() => setDrill(null)} />
    </PageContainer>
  );
}
