// The rule set in force for an item kind (DOMAIN.md: every configurable number lives here, per kind).
// Read once per request per kind; falls back to the shipped defaults if an installation lacks a row.
import { defaultRuleSet, type ProposalKind, type RuleSet } from "@jyta/domain";
import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import type { LoaderFactory } from "../../graphql/loaders";
import { RuleSetRow } from "./rule-set.entity";

export const ruleSetByKind: LoaderFactory<ProposalKind, RuleSet> = (ctx) =>
  new DataLoader(async (kinds) => {
    const rows = await ctx.em.getRepository(RuleSetRow).findBy({ kind: In([...kinds]) });
    return kinds.map((kind) => rows.find((r) => r.kind === kind)?.rules ?? defaultRuleSet(kind));
  });

export function getRuleSet(ctx: RequestContext, kind: ProposalKind): Promise<RuleSet> {
  return ctx.loaders.get(ruleSetByKind).load(kind);
}
