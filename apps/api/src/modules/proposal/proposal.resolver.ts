import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { PaginatedList, selectsField, type Page } from "../../graphql/list";
import { listProposals } from "./proposal-list.service";
import { Proposal } from "./proposal.entity";
import { ProposalListOptions } from "./proposal.inputs";
import { visibleProposalById } from "./proposal.loaders";
import { SimilarProposal, similarProposals } from "./similar-proposals.service";

const ProposalList = PaginatedList(Proposal, "ProposalList");

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalList, { description: "Items visible to the viewer (台账)" })
  @Allow("proposals")
  proposals(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("options", () => ProposalListOptions, { nullable: true }) options?: ProposalListOptions,
  ): Promise<Page<Proposal>> {
    return listProposals(ctx, options, { withTotal: selectsField(info, "totalItems") });
  }

  @Query(() => Proposal, { nullable: true, description: "null when missing OR not visible to the viewer" })
  @Allow("proposal")
  proposal(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Proposal | null> {
    return ctx.loaders.get(visibleProposalById).load(id);
  }

  @Query(() => [SimilarProposal], { description: "Merge hints (并案), best first, with a score" })
  @Allow("similarProposals")
  similarProposals(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("limit", () => Int, { nullable: true, description: "Default 10, at most 50" }) limit?: number,
  ): Promise<SimilarProposal[]> {
    return similarProposals(ctx, id, limit);
  }
}
