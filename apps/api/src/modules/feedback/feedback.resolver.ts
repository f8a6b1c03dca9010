import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Member } from "../member/member.entity";
import { memberById } from "../member/member.service";
import { Reply } from "../reply/reply.entity";
import { replyById } from "../reply/reply.loaders";
import { Feedback } from "./feedback.entity";
import { FeedbackInput } from "./feedback.inputs";
import { giveFeedback } from "./feedback.service";

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Mutation(() => Feedback, { description: "A proposer rates a sent reply, once per round, inside the feedback window" })
  @Allow("giveFeedback")
  giveFeedback(
    @Ctx() ctx: RequestContext,
    @Arg("replyId", () => ID) replyId: string,
    @Arg("input", () => FeedbackInput) input: FeedbackInput,
  ): Promise<Feedback> {
    return giveFeedback(ctx, replyId, input);
  }

  @FieldResolver(() => Reply)
  async reply(@Root() feedback: Feedback, @Ctx() ctx: RequestContext): Promise<Reply> {
    const reply = feedback.reply ?? (await ctx.loaders.get(replyById).load(feedback.replyId));
    if (!reply) throw new Error(`feedback ${feedback.id} has no reply`);
    return reply;
  }

  @FieldResolver(() => Member)
  async member(@Root() feedback: Feedback, @Ctx() ctx: RequestContext): Promise<Member> {
    const member = feedback.member ?? (await ctx.loaders.get(memberById).load(feedback.memberId));
    if (!member) throw new Error(`feedback ${feedback.id} has no member`);
    return member;
  }
}
