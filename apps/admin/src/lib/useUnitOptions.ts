// Units as select options, searched on the server as the user types (there can be more units than
// one page). `keep` adds an already chosen unit that the current page may not contain.
import { useQuery } from "@apollo/client/react";
import { UnitOptionsDocument } from "@jyta/client";
import { useMemo, useState } from "react";
import { useDebounced } from "./useDebounced";

export interface UnitOption {
  value: string;
  label: string;
  disabled: boolean;
}

export function useUnitOptions(keep?: { id: string; name: string } | null) {
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim());
  const { data, previousData, loading } = useQuery(UnitOptionsDocument, {
    variables: { options: { take: 100, sort: "SORT_ORDER_ASC", filter: { search: settled || undefined } } },
  });
  const items = (data ?? previousData)?.units.items;
  const options = useMemo<UnitOption[]>(() => {
    const out = (items ?? []).map((u) => ({ value: u.id, label: u.name, disabled: !u.active }));
    if (keep && !out.some((o) => o.value === keep.id)) out.unshift({ value: keep.id, label: keep.name, disabled: false });
    return out;
  }, [items, keep]);
  return { options, loading, onSearch: setSearch };
}
