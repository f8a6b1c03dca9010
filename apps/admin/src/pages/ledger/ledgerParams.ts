// The ledger's list state in the URL, turned into the API's ProposalFilter, and the same filter as
// the spreadsheet export's query string (`/export/ledger.xlsx` takes the ProposalFilter's fields).
import type { DueState, ProposalFilter, ProposalKind, ProposalSort, ProposalStatus } from "@jyta/client";
import { oneOf } from "../../lib/enums";
import type { Filters, ListSpec } from "../../lib/useListParams";
import type { SortBindings } from "../../lib/tableSort";
import { DUE_STATES, PROPOSAL_KINDS, PROPOSAL_SORTS, PROPOSAL_STATUSES } from "../proposal/common/enums";

export type LedgerFilterKey = "q" | "session" | "kind" | "status" | "unit" | "category" | "key" | "due";

export const LEDGER_SPEC: ListSpec<ProposalSort, LedgerFilterKey> = {
  sorts: PROPOSAL_SORTS,
  defaultSort: "NUMBER_ASC",
  filters: ["q", "session", "kind", "status", "unit", "category", "key", "due"],
};

export const LEDGER_SORTS: SortBindings<ProposalSort> = {
  number: { ascend: "NUMBER_ASC", descend: "NUMBER_DESC" },
  title: { ascend: "TITLE_ASC" },
  submittedAt: { descend: "SUBMITTED_AT_DESC" },
  registeredAt: { descend: "REGISTERED_AT_DESC" },
};

/** `HANDLING,REPLIED` → the statuses that exist, in order. */
export function parseStatuses(raw: string | undefined): ProposalStatus[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(","));
  return PROPOSAL_STATUSES.filter((s) => wanted.has(s));
}

export function toProposalFilter(filters: Filters<LedgerFilterKey>): ProposalFilter {
  const status = parseStatuses(filters.status);
  return {
    search: filters.q,
    sessionId: filters.session,
    kind: oneOf<ProposalKind>(PROPOSAL_KINDS, filters.kind),
    status: status.length > 0 ? status : undefined,
    unitId: filters.unit,
    category: filters.category,
    isKey: filters.key === "true" ? true : undefined,
    dueState: oneOf<DueState>(DUE_STATES, filters.due),
  };
}

/** The spreadsheet of exactly the rows the filter shows (the route refuses unknown parameters). */
export function exportHref(filter: ProposalFilter): string {
  const query = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined | null) => {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  };
  put("sessionId", filter.sessionId);
  put("kind", filter.kind);
  put("status", filter.status?.join(","));
  put("unitId", filter.unitId);
  put("category", filter.category);
  put("isKey", filter.isKey);
  put("dueState", filter.dueState);
  put("search", filter.search);
  const qs = query.toString();
  return `/export/ledger.xlsx${qs ? `?${qs}` : ""}`;
}
