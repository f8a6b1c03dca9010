import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { submitDraft, submitProposal, updateDraft, withdrawProposal } from "./proposal-intake.service";
import { Proposal } from "./proposal.entity";
import { SubmitProposalInput, UpdateDraftInput } from "./proposal.inputs";

@Resolver(() => Proposal)
export class ProposalIntakeResolver {
  @Mutation(() => Proposal, { description: "A member files an item, or committee staff enter it for members of their body (代录); draft: true saves a DRAFT" })
  @Allow("submitProposal")
  submitProposal(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitProposalInput) input: SubmitProposalInput): Promise<Proposal> {
    return submitProposal(ctx, input);
  }

  @Mutation(() => Proposal, { description: "Edit a DRAFT" })
  @Allow("updateDraft")
  updateDraft(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateDraftInput) input: UpdateDraftInput): Promise<Proposal> {
    return updateDraft(ctx, id, input);
  }

  @Mutation(() => Proposal, { description: "Submit a DRAFT (checked again against the rules in force)" })
  @Allow("submitDraft")
  submitDraft(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Proposal> {
    return submitDraft(ctx, id);
  }

  @Mutation(() => Proposal, { description: "The first proposer withdraws a DRAFT or SUBMITTED item" })
  @Allow("withdrawProposal")
  withdrawProposal(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Proposal> {
    return withdrawProposal(ctx, id);
  }
}
