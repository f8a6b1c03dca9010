// 办理规则: every configurable number and list of DOMAIN.md, one tab per item kind (提案, 建议, 微建议).
import { useQuery } from "@apollo/client/react";
import { RuleSetSettingsDocument } from "@jyta/client";
import { proposalKindLabels } from "@jyta/domain";
import { Skeleton, Tabs } from "antd";
import { useSearchParams } from "react-router";
import { LoadError } from "../../../components/LoadError";
import { PageContainer } from "../../../components/PageContainer";
import { useT } from "../../../i18n";
import { useDomainText } from "../../dashboard/useDomainText";
import { RuleSetForm } from "./RuleSetForm";

export function RuleSetsPage() {
  const t = useT();
  const text = useDomainText();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(RuleSetSettingsDocument, { fetchPolicy: "network-only" });
  const ruleSets = data?.ruleSets ?? [];
  const active = ruleSets.find((r) => r.kind === search.get("kind"))?.kind ?? ruleSets[0]?.kind;

  return (
    <PageContainer title={t.ruleSets.title} description={t.ruleSets.description}>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Skeleton active /> : null}
      {ruleSets.length > 0 ? (
        <Tabs
          activeKey={active}
          onChange={(kind) => setSearch({ kind }, { replace: true })}
          items={ruleSets.map((rs) => ({
            key: rs.kind,
            label: text(proposalKindLabels[rs.kind]),
            // Keyed by version: a saved rule set reloads the form with what is now stored.
            children: <RuleSetForm key={`${rs.kind}-${rs.version}`} ruleSet={rs} onSaved={() => refetch()} />,
          }))}
        />
      ) : null}
    </PageContainer>
  );
}
