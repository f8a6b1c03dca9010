// The ledger's filter row: text search, session, kind, status (several), unit, subject area, key
// items and deadline state, each kept in the URL.
import { useQuery } from "@apollo/client/react";
import { SessionsDocument } from "@jyta/client";
import { Checkbox, Select } from "antd";
import { ListToolbar } from "../../components/ListToolbar";
import { SearchBox } from "../../components/SearchBox";
import { UnitSelect } from "../../components/UnitSelect";
import { useI18n } from "../../i18n";
import type { Filters } from "../../lib/useListParams";
import { DUE_STATES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from "../proposal/common/enums";
import { useLabels } from "../proposal/common/useLabels";
import { allSubjectAreas, useRuleSets } from "../proposal/common/useRuleSets";
import { parseStatuses, type LedgerFilterKey } from "./ledgerParams";

interface Props {
  filters: Filters<LedgerFilterKey>;
  setFilters: (patch: Partial<Record<LedgerFilterKey, string | undefined>>) => void;
  reset: () => void;
  showUnit: boolean;
}

export function LedgerFilters({ filters, setFilters, reset, showUnit }: Props) {
  const { t, locale } = useI18n();
  const labels = useLabels();
  const { data: sessions } = useQuery(SessionsDocument, { variables: {}, fetchPolicy: "cache-first" });
  const { ruleSets } = useRuleSets();
  const areas = allSubjectAreas(ruleSets);
  const l = t.work.ledger;

  return (
    <ListToolbar onReset={reset}>
      <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={l.searchPlaceholder} />
      <Select
        aria-label={l.session}
        placeholder={l.session}
        allowClear
        value={filters.session}
        onChange={(v: string | undefined) => setFilters({ session: v })}
        options={(sessions?.sessions ?? []).map((s) => ({ value: s.id, label: `${s.body.name} ${s.name}` }))}
        style={{ width: 240 }}
      />
      <Select
        aria-label={l.kind}
        placeholder={l.kind}
        allowClear
        value={filters.kind}
        onChange={(v: string | undefined) => setFilters({ kind: v })}
        options={PROPOSAL_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
        style={{ width: 120 }}
      />
      <Select
        aria-label={l.status}
        placeholder={l.allStatuses}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={parseStatuses(filters.status)}
        onChange={(v: string[]) => setFilters({ status: v.join(",") })}
        options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
        style={{ width: 240 }}
      />
      {showUnit ? (
        <UnitSelect
          forFilter
          aria-label={l.unit}
          placeholder={l.unit}
          allowClear
          value={filters.unit}
          onChange={(v: string | undefined) => setFilters({ unit: v })}
          style={{ width: 220 }}
        />
      ) : null}
      <Select
        aria-label={l.category}
        placeholder={l.category}
        allowClear
        value={filters.category}
        onChange={(v: string | undefined) => setFilters({ category: v })}
        options={areas.map((a) => ({ value: a.code, label: locale === "en" ? a.en : a.zh }))}
        style={{ width: 160 }}
      />
      <Select
        aria-label={l.dueState}
        placeholder={l.dueState}
        allowClear
        value={filters.due}
        onChange={(v: string | undefined) => setFilters({ due: v })}
        options={DUE_STATES.map((d) => ({ value: d, label: labels.dueState(d) }))}
        style={{ width: 130 }}
      />
      <Checkbox checked={filters.key === "true"} onChange={(e) => setFilters({ key: e.target.checked ? "true" : undefined })}>
        {l.keyOnly}
      </Checkbox>
    </ListToolbar>
  );
}
