import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { markKey, markNumberOne } from "./proposal-marks.service";
import { mergeProposals } from "./proposal-merge.service";
import { declineProposal, registerProposal } from "./proposal-registration.service";
import { Proposal } from "./proposal.entity";

/** Committee staff register, decline and merge items of their body; the office flags key and No. 1 items. */
@Resolver(() => Proposal)
export class ProposalStaffResolver {
  @Mutation(() => Proposal, { description: "立案: assigns the next number of the session and kind and the subject area" })
  @Allow("registerProposal")
  registerProposal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("category", () => String, { nullable: true, description: "Subject area code or label; default: the one given at submission" }) category?: string,
  ): Promise<Proposal> {
    return registerProposal(ctx, id, category);
  }

  @Mutation(() => Proposal, { description: "不予立案, with a reason the proposers see" })
  @Allow("declineProposal")
  declineProposal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reasonCode", () => String, { description: "A DeclineReason code" }) reasonCode: string,
    @Arg("reason", () => String) reason: string,
    @Arg("transferredTo", () => String, { nullable: true, description: "Channel it went to instead (委员来信, 社情民意)" }) transferredTo?: string,
  ): Promise<Proposal> {
    return declineProposal(ctx, id, { reasonCode, reason, transferredTo });
  }

  @Mutation(() => Proposal, { description: "并案: the other items become MERGED into the registered primary" })
  @Allow("mergeProposals")
  mergeProposals(@Ctx() ctx: RequestContext, @Arg("primaryId", () => ID) primaryId: string, @Arg("otherIds", () => [ID]) otherIds: string[]): Promise<Proposal> {
    return mergeProposals(ctx, primaryId, otherIds);
  }

  @Mutation(() => Proposal, { description: "重点 flag with its supervising leader (领办领导)" })
  @Allow("markKey")
  markKey(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("isKey", () => Boolean) isKey: boolean,
    @Arg("leader", () => String, { nullable: true }) leader?: string,
  ): Promise<Proposal> {
    return markKey(ctx, id, isKey, leader);
  }

  @Mutation(() => Proposal, { description: "一号提案: at most one per session and kind (marking one clears the previous one)" })
  @Allow("markNumberOne")
  markNumberOne(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("isNumberOne", () => Boolean) isNumberOne: boolean): Promise<Proposal> {
    return markNumberOne(ctx, id, isNumberOne);
  }
}
