// The dashboard's slice (FigureScope), kept in the URL so a reload or a shared link shows the same
// figures: ?year=2024&session=…&body=…&kind=PROPOSAL&unit=…&key=1. `year=all` asks for every year;
// with no year at all the newest session's year is used.
import type { FigureScope, ProposalKind } from "@jyta/client";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export const KINDS: readonly ProposalKind[] = ["PROPOSAL", "SUGGESTION", "MICRO_SUGGESTION"];
const NAMES = ["year", "session", "body", "kind", "unit", "key"] as const;
export type ScopeParam = (typeof NAMES)[number];

export interface DashboardScope {
  /** The raw URL values, for the filter controls. */
  values: Partial<Record<ScopeParam, string>>;
  /** The scope to ask the API for. */
  scope: FigureScope;
  set: (patch: Partial<Record<ScopeParam, string | undefined>>) => void;
  reset: () => void;
}

function parseYear(raw: string | undefined, fallback: number | undefined): number | undefined {
  if (raw === "all") return undefined;
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 1900 && n < 3000 ? n : fallback;
}

export function useDashboardScope(defaultYear: number | undefined): DashboardScope {
  const [search, setSearch] = useSearchParams();
  const values = useMemo(() => {
    const out: Partial<Record<ScopeParam, string>> = {};
    for (const name of NAMES) {
      const v = search.get(name);
      if (v) out[name] = v;
    }
    return out;
  }, [search]);

  const scope = useMemo<FigureScope>(() => {
    const kind = KINDS.find((k) => k === values.kind);
    const out: FigureScope = {};
    const year = parseYear(values.year, defaultYear);
    if (year !== undefined) out.year = year;
    if (values.session) out.sessionId = values.session;
    if (values.body) out.bodyId = values.body;
    if (kind) out.kind = kind;
    if (values.unit) out.unitId = values.unit;
    if (values.key === "1") out.keyOnly = true;
    return out;
  }, [values, defaultYear]);

  const set = useCallback(
    (patch: Partial<Record<ScopeParam, string | undefined>>) => {
      const next = new URLSearchParams(search);
      for (const [name, value] of Object.entries(patch)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      setSearch(next, { replace: true });
    },
    [search, setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);
  return { values, scope, set, reset };
}
