// The bodies as select options, for the member, session and user forms and filters. One small query,
// shared through Apollo's cache.
import { useQuery } from "@apollo/client/react";
import { BodiesDocument } from "@jyta/client";
import { useMemo } from "react";

export interface BodyOption {
  value: string;
  label: string;
  /** Inactive bodies stay visible in filters (old rows) but cannot be chosen for new records. */
  disabled: boolean;
}

export function useBodyOptions(): { options: BodyOption[]; loading: boolean; onlyActive: string | undefined } {
  const { data, loading } = useQuery(BodiesDocument);
  const options = useMemo(() => (data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name, disabled: !b.active })), [data]);
  const active = options.filter((o) => !o.disabled);
  // With a single body in use there is nothing to choose: forms preselect it.
  const onlyActive = active.length === 1 ? active[0]?.value : undefined;
  return { options, loading, onlyActive };
}
