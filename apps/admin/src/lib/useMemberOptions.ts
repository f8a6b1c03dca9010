// Members as select options, searched by name on the server (bodies have hundreds of members).
// `keep` adds an already chosen member that the current result may not contain.
import { useQuery } from "@apollo/client/react";
import { MemberOptionsDocument } from "@jyta/client";
import { useMemo, useState } from "react";
import { useDebounced } from "./useDebounced";

export interface MemberOption {
  value: string;
  label: string;
}

export function useMemberOptions(keep?: { id: string; name: string } | null) {
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim());
  const { data, previousData, loading } = useQuery(MemberOptionsDocument, {
    variables: { options: { take: 30, sort: "NAME_ASC", filter: { search: settled || undefined, active: true } } },
  });
  const items = (data ?? previousData)?.members.items;
  const options = useMemo<MemberOption[]>(() => {
    // Name, then body and sector: two members may share a name.
    const out = (items ?? []).map((m) => ({ value: m.id, label: [m.name, m.body.name, m.sector].filter(Boolean).join(" · ") }));
    if (keep && !out.some((o) => o.value === keep.id)) out.unshift({ value: keep.id, label: keep.name });
    return out;
  }, [items, keep]);
  return { options, loading, onSearch: setSearch };
}
