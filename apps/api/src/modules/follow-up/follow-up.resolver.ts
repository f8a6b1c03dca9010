import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { LocalDateScalar } from "../../graphql/scalars";
import { Proposal } from "../proposal/proposal.entity";
import { FollowUpNote } from "./follow-up-note.entity";
import { addFollowUpNote, resolveFollowUp } from "./follow-up.service";

@Resolver(() => FollowUpNote)
export class FollowUpResolver {
  @Mutation(() => FollowUpNote, { description: "跟踪办理 progress on an item replied with a follow-up category (B/C)" })
  @Allow("addFollowUpNote")
  addFollowUpNote(@Ctx() ctx: RequestContext, @Arg("assignmentId", () => ID) assignmentId: string, @Arg("note", () => String) note: string): Promise<FollowUpNote> {
    return addFollowUpNote(ctx, assignmentId, note);
  }

  @Mutation(() => Proposal, { description: "成果转化: marks a closed B/C item's follow-up resolved" })
  @Allow("resolveFollowUp")
  resolveFollowUp(
    @Ctx() ctx: RequestContext,
    @Arg("proposalId", () => ID) proposalId: string,
    @Arg("outcome", () => String) outcome: string,
    @Arg("achievedOn", () => LocalDateScalar) achievedOn: string,
  ): Promise<Proposal> {
    return resolveFollowUp(ctx, proposalId, outcome, achievedOn);
  }
}
