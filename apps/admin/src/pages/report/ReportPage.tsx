// 通报: a session's annual report drafted from the data — pick the session (and kind), read the draft,
// check every figure with its formula, edit the narrative (office staff), download .docx or .md.
import { DownloadOutlined, EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { AnnualReportDocument, SessionsDocument, type ProposalKind } from "@jyta/client";
import { proposalKindLabels } from "@jyta/domain";
import { App, Button, Card, Empty, Select, Skeleton, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { useDomainText } from "../dashboard/useDomainText";
import { NarrativeDrawer } from "./NarrativeDrawer";
import { ReportDraft } from "./ReportDraft";
import { ReportFigures } from "./ReportFigures";

const KINDS: readonly ProposalKind[] = ["PROPOSAL", "SUGGESTION", "MICRO_SUGGESTION"];

export function ReportPage() {
  const t = useT();
  const r = t.report;
  const text = useDomainText();
  const { message } = App.useApp();
  const { user } = useViewer();
  const [search, setSearch] = useSearchParams();
  const sessionsQuery = useQuery(SessionsDocument, { variables: {} });
  const sessions = useMemo(() => {
    const all = sessionsQuery.data?.sessions ?? [];
    // Committee staff report on their own body only.
    const bodyId = hasAnyRole(user, ["OFFICE", "LEADER", "ADMIN"]) ? undefined : user?.body?.id;
    return bodyId ? all.filter((s) => s.body.id === bodyId) : all;
  }, [sessionsQuery.data, user]);
  const fallback = sessions.find((s) => !s.isCurrent) ?? sessions[0];
  const sessionId = sessions.find((s) => s.id === search.get("session"))?.id ?? fallback?.id;
  const kind = KINDS.find((k) => k === search.get("kind"));
  const { data, previousData, loading, error, refetch } = useQuery(AnnualReportDocument, { variables: { sessionId: sessionId ?? "", kind }, skip: !sessionId });
  const report = (data ?? previousData)?.annualReport;
  const [editing, setEditing] = useState(false);
  const canEdit = hasAnyRole(user, ["OFFICE"]);

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next, { replace: true });
  };
  const query = sessionId ? `sessionId=${encodeURIComponent(sessionId)}${kind ? `&kind=${kind}` : ""}` : "";

  return (
    <PageContainer
      title={r.title}
      description={r.description}
      extra={
        report && sessionId ? (
          <>
            {canEdit ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {r.editNarrative}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} href={`/export/report.docx?${query}`} download>
              {r.downloadDocx}
            </Button>
            <Button icon={<DownloadOutlined />} href={`/export/report.md?${query}`} download>
              {r.downloadMd}
            </Button>
          </>
        ) : null
      }
    >
      <div role="search" aria-label={t.common.filters} style={{ display: "flex", gap: 12, flexWrap: "wrap", marginBottom: 16 }}>
        <Select<string>
          aria-label={r.session}
          placeholder={r.session}
          value={sessionId}
          onChange={(v) => set({ session: v })}
          options={sessions.map((s) => ({ value: s.id, label: `${s.body.name} ${s.name}（${s.year}）` }))}
          style={{ width: 320 }}
          loading={sessionsQuery.loading}
        />
        <Select<string>
          aria-label={r.kind}
          placeholder={r.defaultKind}
          allowClear
          value={kind}
          onChange={(v: string | undefined) => set({ kind: v })}
          options={KINDS.map((k) => ({ value: k, label: text(proposalKindLabels[k]) }))}
          style={{ width: 320 }}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} disabled={!sessionId}>
          {r.recompute}
        </Button>
      </div>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {!sessionsQuery.loading && sessions.length === 0 ? <Empty description={r.noSessions} /> : null}
      {report ? (
        <>
          <Typography.Paragraph type="secondary">
            {r.generated(formatDateTime(report.generatedAt) ?? "")}
            {report.narrative.updatedAt ? ` · ${r.narrativeUpdated(formatDateTime(report.narrative.updatedAt) ?? "")}` : ""}
          </Typography.Paragraph>
          <Tabs
            items={[
              { key: "draft", label: r.draft, children: <ReportDraft report={report} /> },
              {
                key: "figures",
                label: r.figures.tab(report.figures.length),
                children: (
                  <Card size="small" variant="borderless">
                    <Typography.Paragraph type="secondary">{r.figures.help}</Typography.Paragraph>
                    <ReportFigures figures={report.figures} />
                  </Card>
                ),
              },
            ]}
          />
          {sessionId ? (
            <NarrativeDrawer
              open={editing}
              report={report}
              sessionId={sessionId}
              kind={kind}
              onClose={() => setEditing(false)}
              onSaved={async () => {
                setEditing(false);
                message.success(t.common.saved);
                await refetch();
              }}
            />
          ) : null}
        </>
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : null}
    </PageContainer>
  );
}
