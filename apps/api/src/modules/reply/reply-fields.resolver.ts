// Fields of Reply, through per-request DataLoaders. The office's review (quality score, comment) is
// internal and hidden from members and API clients.
import { feedbackWindowEndsOn, localDateAt, type ProposalStatus } from "@jyta/domain";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { LocalDateScalar } from "../../graphql/scalars";
import { Assignment } from "../assignment/assignment.entity";
import { assignmentById, handlingProposalById } from "../assignment/assignment.loaders";
import { mayReadReplyReview } from "../assignment/assignment-visibility";
import { getCalendar } from "../calendar/calendar.service";
import { Feedback } from "../feedback/feedback.entity";
import { visibleFeedbackByReplyId } from "../feedback/feedback.loaders";
import { Proposal } from "../proposal/proposal.entity";
import { rowFactsByProposalId } from "../proposal/proposal.loaders";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { Reply } from "./reply.entity";
import { availableReplyActions } from "./reply-actions";

async function proposalOf(ctx: RequestContext, r: Reply): Promise<Proposal> {
  const proposal = r.proposal ?? (await ctx.loaders.get(handlingProposalById).load(r.proposalId));
  if (!proposal) throw new Error(`reply ${r.id} has no proposal`);
  return proposal;
}

async function feedbackWindowOf(ctx: RequestContext, r: Reply): Promise<string | null> {
  if (!r.sentAt) return null;
  const rules = await getRuleSet(ctx, (await proposalOf(ctx, r)).kind);
  return feedbackWindowEndsOn(localDateAt(r.sentAt), rules, await getCalendar(ctx));
}

@Resolver(() => Reply)
export class ReplyFieldsResolver {
  @FieldResolver(() => Proposal)
  proposal(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return proposalOf(ctx, r);
  }

  @FieldResolver(() => Assignment)
  async assignment(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<Assignment> {
    const assignment = r.assignment ?? (await ctx.loaders.get(assignmentById).load(r.assignmentId));
    if (!assignment) throw new Error(`reply ${r.id} has no assignment`);
    return assignment;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<Unit> {
    const unit = r.unit ?? (await ctx.loaders.get(unitById).load(r.unitId));
    if (!unit) throw new Error(`reply ${r.id} has no unit`);
    return unit;
  }

  @FieldResolver(() => [Feedback], { description: "Ratings of this reply (a member sees their own, a unit those of its replies)" })
  feedback(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<Feedback[]> {
    return ctx.loaders.get(visibleFeedbackByReplyId).load(r);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Office quality rating, 0–100 (not shown to members and API clients)" })
  qualityScore(@Root() r: Reply, @Ctx() ctx: RequestContext): number | null {
    return mayReadReplyReview(ctx.principal) ? r.qualityScore : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The office's review comment (not shown to members and API clients)" })
  reviewComment(@Root() r: Reply, @Ctx() ctx: RequestContext): string | null {
    return mayReadReplyReview(ctx.principal) ? r.reviewComment : null;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: "Last day the proposers may rate this reply" })
  feedbackWindowEndsOn(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<string | null> {
    return feedbackWindowOf(ctx, r);
  }

  @FieldResolver(() => [String], { description: "The mutations the viewer may call on this reply now" })
  async availableActions(@Root() r: Reply, @Ctx() ctx: RequestContext): Promise<string[]> {
    const [facts, proposal, feedback, windowEndsOn] = await Promise.all([
      ctx.loaders.get(rowFactsByProposalId).load(r.proposalId),
      proposalOf(ctx, r),
      ctx.loaders.get(visibleFeedbackByReplyId).load(r),
      feedbackWindowOf(ctx, r),
    ]);
    if (!facts) return [];
    return availableReplyActions(ctx, r, { facts, itemStatus: proposal.status as ProposalStatus, round: proposal.round, feedback, windowEndsOn });
  }
}
