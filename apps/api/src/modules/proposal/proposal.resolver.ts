import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { PaginatedList, selectedFields, selectsField, type Page } from "../../graphql/list";
import { listProposals, type ListProposalsMode } from "./proposal-list.service";
import { Proposal } from "./proposal.entity";
import { ProposalListOptions } from "./proposal.inputs";
import { visibleProposalById } from "./proposal.loaders";
import { SimilarProposal, similarProposals } from "./similar-proposals.service";

const ProposalList = PaginatedList(Proposal, "ProposalList");

/** What the query shows of the list, so its one statement computes only that. */
function listMode(info: GraphQLResolveInfo): ListProposalsMode {
  const item = selectedFields(info, ["items"]);
  const shown = (field: string): ReadonlySet<string> | undefined => (item.has(field) ? selectedFields(info, ["items", field]) : undefined);
  const first = shown("firstProposer");
  const proposers = shown("proposers");
  return {
    withTotal: selectsField(info, "totalItems"),
    item,
    session: shown("session"),
    leadUnit: shown("leadUnit"),
    proposers: first || proposers ? new Set([...(first ?? []), ...(proposers ?? [])]) : undefined,
    dueState: item.has("dueState"),
  };
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalList, { description: "Items visible to the viewer (台账)" })
  @Allow("proposals")
  proposals(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("options", () => ProposalListOptions, { nullable: true }) options?: ProposalListOptions,
  ): Promise<Page<Proposal>> {
    return listProposals(ctx, options, listMode(info));
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
