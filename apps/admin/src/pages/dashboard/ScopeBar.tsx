// The slice the dashboard shows: year, session, body, kind, unit, key items only. Committee staff
// are held to their body and unit users to their unit by the API, so those pickers are left out.
import { useQuery } from "@apollo/client/react";
import { SessionsDocument } from "@jyta/client";
import { proposalKindLabels } from "@jyta/domain";
import { Checkbox, Select } from "antd";
import { useMemo } from "react";
import { BodySelect } from "../../components/BodySelect";
import { ListToolbar } from "../../components/ListToolbar";
import { UnitSelect } from "../../components/UnitSelect";
import { useT } from "../../i18n";
import { KINDS, type DashboardScope } from "./useDashboardScope";
import { useDomainText } from "./useDomainText";

interface Props {
  state: DashboardScope;
  years: readonly number[];
  /** The year used when the URL names none. */
  defaultYear: number | undefined;
  showBody: boolean;
  showUnit: boolean;
}

export function ScopeBar({ state, years, defaultYear, showBody, showUnit }: Props) {
  const t = useT();
  const text = useDomainText();
  const s = t.dashboard.scope;
  const { values, scope, set, reset } = state;
  const { data } = useQuery(SessionsDocument, { variables: {} });
  const sessions = useMemo(
    () => (data?.sessions ?? []).filter((x) => (scope.year === undefined || x.year === scope.year) && (!scope.bodyId || x.body.id === scope.bodyId)),
    [data, scope.year, scope.bodyId],
  );
  const yearValue = values.year === "all" ? "all" : scope.year !== undefined ? String(scope.year) : defaultYear !== undefined ? String(defaultYear) : "all";

  return (
    <ListToolbar onReset={reset}>
      <Select<string>
        aria-label={s.year}
        value={yearValue}
        onChange={(v) => set({ year: v, session: undefined })}
        options={[{ value: "all", label: s.allYears }, ...years.map((y) => ({ value: String(y), label: s.yearOf(y) }))]}
        style={{ width: 130 }}
      />
      <Select<string>
        aria-label={s.session}
        placeholder={s.allSessions}
        allowClear
        value={values.session}
        onChange={(v: string | undefined) => set({ session: v })}
        options={sessions.map((x) => ({ value: x.id, label: `${x.body.name} ${x.name}` }))}
        style={{ width: 240 }}
      />
      {showBody ? (
        <BodySelect forFilter aria-label={s.body} placeholder={s.allBodies} allowClear value={values.body} onChange={(v: string | undefined) => set({ body: v, session: undefined })} style={{ width: 180 }} />
      ) : null}
      <Select<string>
        aria-label={s.kind}
        placeholder={s.allKinds}
        allowClear
        value={values.kind}
        onChange={(v: string | undefined) => set({ kind: v })}
        options={KINDS.map((k) => ({ value: k, label: text(proposalKindLabels[k]) }))}
        style={{ width: 130 }}
      />
      {showUnit ? (
        <UnitSelect forFilter aria-label={s.unit} placeholder={s.allUnits} allowClear value={values.unit} onChange={(v: string | undefined) => set({ unit: v })} style={{ width: 220 }} />
      ) : null}
      <Checkbox checked={values.key === "1"} onChange={(e) => set({ key: e.target.checked ? "1" : undefined })}>
        {s.keyOnly}
      </Checkbox>
    </ListToolbar>
  );
}
