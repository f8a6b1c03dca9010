// 量化考评: a year's scores per unit (live until published, then the frozen snapshot), with charts,
// the items behind every number, manual adjustments and publishing for the office, and the export.
import { DownloadOutlined, SettingOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { AssessmentDocument } from "@jyta/client";
import { Alert, Button, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { AdjustModal, type AdjustTarget } from "./AdjustModal";
import { AssessmentCharts } from "./AssessmentCharts";
import { ItemsDrawer, type ItemsTarget } from "./ItemsDrawer";
import { PublishButton } from "./PublishButton";
import { ScoreTable } from "./ScoreTable";
import { useAssessmentYear } from "./useAssessmentYear";

export function AssessmentPage() {
  const t = useT();
  const a = t.assessment;
  const { user } = useViewer();
  const navigate = useNavigate();
  const { year, years, setYear, known } = useAssessmentYear();
  const { data, previousData, loading, error, refetch } = useQuery(AssessmentDocument, { variables: { year: year ?? 0 }, skip: year === undefined });
  const assessment = (data ?? previousData)?.assessment;
  const [items, setItems] = useState<ItemsTarget | null>(null);
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const office = hasAnyRole(user, ["OFFICE"]);
  const canAct = office && assessment !== undefined && !assessment.published;

  return (
    <PageContainer
      title={a.title}
      description={a.description}
      extra={
        <>
          <Select<number> aria-label={a.year} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: a.yearOf(y) }))} style={{ width: 120 }} />
          <Button icon={<SettingOutlined />} onClick={() => navigate(`/assessment/scheme${year ? `?year=${year}` : ""}`)}>
            {a.schemeLink}
          </Button>
          {year !== undefined ? (
            <Button icon={<DownloadOutlined />} href={`/export/assessment.xlsx?year=${year}`} download>
              {a.export}
            </Button>
          ) : null}
          {canAct && year !== undefined ? <PublishButton year={year} onPublished={() => refetch()} /> : null}
        </>
      }
    >
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {known && year === undefined ? <Alert type="info" showIcon title={a.noYears} /> : null}
      {assessment ? (
        <>
          {assessment.published ? (
            <Alert
              type={assessment.liveDiffers ? "warning" : "success"}
              showIcon
              style={{ marginBottom: 16 }}
              title={a.published(formatDateTime(assessment.publishedAt) ?? "")}
              description={assessment.liveDiffers ? a.liveDiffers : a.frozen}
            />
          ) : (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={a.live(assessment.asOf)} description={office ? a.liveHelpOffice : a.liveHelp} />
          )}
          <Typography.Paragraph type="secondary">{a.minSample(assessment.scheme.minSample)}</Typography.Paragraph>
          <AssessmentCharts assessment={assessment} />
          <ScoreTable
            year={assessment.year}
            units={assessment.units}
            onItems={setItems}
            onAdjust={canAct ? (u) => setAdjusting({ year: assessment.year, unitId: u.unitId, unitName: u.unit.name }) : undefined}
          />
        </>
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : null}
      <ItemsDrawer target={items} onClose={() => setItems(null)} />
      <AdjustModal target={adjusting} onClose={() => setAdjusting(null)} onSaved={() => refetch()} />
    </PageContainer>
  );
}
