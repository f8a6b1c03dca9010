import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Reply } from "./reply.entity";
import { ReplyInput } from "./reply.inputs";
import { saveReply, submitReply } from "./reply-draft.service";
import { reviewReply, signOffReply } from "./reply-review.service";

@Resolver(() => Reply)
export class ReplyResolver {
  @Mutation(() => Reply, { description: "Creates or updates the current round's draft reply of a SOLE/LEAD/SPLIT assignment" })
  @Allow("saveReply")
  saveReply(
    @Ctx() ctx: RequestContext,
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("input", () => ReplyInput) input: ReplyInput,
  ): Promise<Reply> {
    return saveReply(ctx, assignmentId, input);
  }

  @Mutation(() => Reply, { description: "DRAFT → AWAITING_SIGNOFF (needs a logged communication when the rules say so)" })
  @Allow("submitReply")
  submitReply(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Reply> {
    return submitReply(ctx, id);
  }

  @Mutation(() => Reply, { description: "签发: to office review where the rules ask for it, else sent" })
  @Allow("signOffReply")
  signOffReply(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Reply> {
    return signOffReply(ctx, id);
  }

  @Mutation(() => Reply, { description: "Office review: approve (sent; category may change) or send back for rework (退改)" })
  @Allow("reviewReply")
  reviewReply(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("category", () => String, { nullable: true }) category?: string | null,
    @Arg("qualityScore", () => Int, { nullable: true }) qualityScore?: number | null,
    @Arg("comment", () => String, { nullable: true }) comment?: string | null,
  ): Promise<Reply> {
    return reviewReply(ctx, id, { approve, category, qualityScore, comment });
  }
}
