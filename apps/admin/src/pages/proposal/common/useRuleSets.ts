// The rule set of each item kind, read once and shared through Apollo's cache: caps, deadlines,
// outcome categories and subject areas for the forms and labels.
import { useQuery } from "@apollo/client/react";
import { RuleSetsDocument, type ProposalKind, type RuleSetsQuery } from "@jyta/client";
import { useCallback } from "react";

export type RuleSetView = RuleSetsQuery["ruleSets"][number];

export function useRuleSets() {
  const { data, loading } = useQuery(RuleSetsDocument, { fetchPolicy: "cache-first" });
  const ruleSets = data?.ruleSets;
  const ruleFor = useCallback((kind: ProposalKind): RuleSetView | undefined => ruleSets?.find((r) => r.kind === kind), [ruleSets]);
  return { ruleSets: ruleSets ?? [], ruleFor, loading };
}

/** Every subject area of every kind, once per code, for filters over all items. */
export function allSubjectAreas(ruleSets: readonly RuleSetView[]): { code: string; zh: string; en: string }[] {
  const seen = new Map<string, { code: string; zh: string; en: string }>();
  for (const r of ruleSets) for (const a of r.subjectAreas) if (!seen.has(a.code)) seen.set(a.code, a);
  return [...seen.values()];
}
