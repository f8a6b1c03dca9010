import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Proposal } from "../proposal/proposal.entity";
import { closeProposal, orderRehandling } from "./item-outcome.service";

@Resolver()
export class ItemOutcomeResolver {
  @Mutation(() => Proposal, { description: "重新办理: after a DISSATISFIED first-proposer rating in round 1; opens round 2" })
  @Allow("orderRehandling")
  orderRehandling(@Ctx() ctx: RequestContext, @Arg("proposalId", () => ID) proposalId: string, @Arg("reason", () => String) reason: string): Promise<Proposal> {
    return orderRehandling(ctx, proposalId, reason);
  }

  @Mutation(() => Proposal, { description: "The office closes a replied item (closeReason OFFICE)" })
  @Allow("closeProposal")
  closeProposal(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Proposal> {
    return closeProposal(ctx, id);
  }
}
