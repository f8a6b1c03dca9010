import { ProposalKind } from "@jyta/domain";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { RuleSetInput } from "./rule-set.inputs";
import { listRuleSets } from "./rule-set.service";
import { updateRuleSet } from "./rule-set-update.service";
import { RuleSetType } from "./rule-set.types";

@Resolver(() => RuleSetType)
export class RuleSetResolver {
  @Query(() => [RuleSetType], { description: "The rule set of every item kind (caps, deadlines, categories, subject areas)" })
  @Allow("ruleSets")
  ruleSets(@Ctx() ctx: RequestContext): Promise<RuleSetType[]> {
    return listRuleSets(ctx);
  }

  @Mutation(() => RuleSetType, { description: "Edits one kind's rules; applies to deadlines set from now on" })
  @Allow("updateRuleSet")
  updateRuleSet(
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => ProposalKind) kind: ProposalKind,
    @Arg("input", () => RuleSetInput) input: RuleSetInput,
  ): Promise<RuleSetType> {
    return updateRuleSet(ctx, kind, input);
  }
}
