// The rule set in force for an item kind (DOMAIN.md: every configurable number lives here, per kind).
// Read once per request per kind; falls back to the shipped defaults if an installation lacks a row,
// and fills fields a stored set predates from the defaults.
import { defaultRuleSet, ProposalKind, type RuleSet } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import type { LoaderFactory } from "../../graphql/loaders";
import { RuleSetRow } from "./rule-set.entity";
import type { RuleSetType } from "./rule-set.types";

/** The stored rules over the defaults of `kind` (the row's kind always wins over the JSON's). */
export function rulesOf(kind: ProposalKind, row: RuleSetRow | undefined): RuleSet {
  return { ...defaultRuleSet(kind), ...(row?.rules ?? {}), kind };
}

export const ruleSetByKind: LoaderFactory<ProposalKind, RuleSet> = (ctx) =>
  new DataLoader(async (kinds) => {
    const rows = await ctx.em.getRepository(RuleSetRow).findBy({ kind: In([...kinds]) });
    return kinds.map((kind) => rulesOf(kind, rows.find((r) => r.kind === kind)));
  });

export function getRuleSet(ctx: RequestContext, kind: ProposalKind): Promise<RuleSet> {
  return ctx.loaders.get(ruleSetByKind).load(kind);
}

/** The GraphQL view of a rule set: the rules, the row's version (0 = no row yet) and last edit. */
export function ruleSetView(kind: ProposalKind, row: RuleSetRow | undefined): RuleSetType {
  const rules = rulesOf(kind, row);
  return {
    ...rules,
    categories: rules.categories.map((c) => ({ ...c })),
    subjectAreas: rules.subjectAreas.map((a) => ({ ...a })),
    version: row?.version ?? 0,
    updatedAt: row?.updatedById ? row.updatedAt : null,
  };
}

/** Every kind's rule set, in the order of the ProposalKind enumeration. */
export async function listRuleSets(ctx: RequestContext): Promise<RuleSetType[]> {
  const rows = await ctx.em.getRepository(RuleSetRow).find();
  return Object.values(ProposalKind).map((kind) => ruleSetView(kind, rows.find((r) => r.kind === kind)));
}
