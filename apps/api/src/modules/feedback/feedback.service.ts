// 征询意见: a proposer (of the item, or of an item merged into it) rates a sent reply once per round,
// inside the feedback window. The first proposer's ratings may close the item (see feedback-rating).
import {
  assertFeedbackWindowOpen,
  DomainError,
  ErrorCode,
  feedbackWindowEndsOn,
  localDateAt,
  ProposalAction,
  ProposalStatus,
  proposalTransition,
  ReplyStatus,
} from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { optionalText } from "../assignment/assignment-target";
import { getCalendar, today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { Proposal } from "../proposal/proposal.entity";
import { ProposalProposer } from "../proposal/proposal-proposer.entity";
import type { Reply } from "../reply/reply.entity";
import { replyTarget } from "../reply/reply-target";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Feedback } from "./feedback.entity";
import type { FeedbackInput } from "./feedback.inputs";
import { closeOnFeedback, firstProposerRatings } from "./feedback-rating";

async function isFirstProposer(ctx: RequestContext, proposalId: string, memberId: string): Promise<boolean> {
  const first = await ctx.em.getRepository(ProposalProposer).findOne({ where: { proposalId }, order: { position: "ASC" } });
  return first?.memberId === memberId;
}

/** After the first proposer's rating: close the replied item when the round's ratings say so. */
async function closeIfRated(ctx: RequestContext, proposal: Proposal): Promise<void> {
  const ratings = (await firstProposerRatings(ctx, [proposal.id])).get(proposal.id) ?? [];
  const reason = closeOnFeedback(proposal.round, ratings);
  if (!reason) return;
  const to = proposalTransition(ProposalAction.CLOSE_ON_FEEDBACK, proposal.status);
  await compareAndSet(ctx, Proposal, proposal.id, { version: proposal.version, status: proposal.status }, {
    status: to,
    closedAt: ctx.now(),
    closeReason: reason,
  });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: proposal.id,
    proposalId: proposal.id,
    action: ProposalAction.CLOSE_ON_FEEDBACK,
    before: { status: proposal.status },
    after: { status: to, closeReason: reason },
  });
}

function assertRateable(reply: Reply, proposal: Proposal): void {
  if (reply.status !== ReplyStatus.SENT) throw new DomainError(ErrorCode.INVALID_TRANSITION, "Only a sent reply can be rated");
  if (reply.round !== proposal.round) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `This reply belongs to round ${reply.round}; the item is in round ${proposal.round}`);
  }
}

export async function giveFeedback(ctx: RequestContext, replyId: string, input: FeedbackInput): Promise<Feedback> {
  const { reply, proposal } = await replyTarget(ctx, replyId, "giveFeedback");
  const memberId = ctx.principal?.memberId;
  if (!memberId) throw new DomainError(ErrorCode.FORBIDDEN, "Only a proposer can rate a reply");
  const comment = optionalText(input.comment, "comment", 1000);
  assertRateable(reply, proposal);
  const repo = ctx.em.getRepository(Feedback);
  if (await repo.existsBy({ replyId, memberId, round: reply.round })) {
    throw new DomainError(ErrorCode.ALREADY_RATED, "You have already rated this reply in this round");
  }
  const rules = await getRuleSet(ctx, proposal.kind);
  assertFeedbackWindowOpen(today(ctx), feedbackWindowEndsOn(localDateAt(reply.sentAt!), rules, await getCalendar(ctx)));

  const feedback = await repo.save(
    repo.create({
      replyId,
      proposalId: reply.proposalId,
      memberId,
      round: reply.round,
      communicated: input.communicated,
      attitude: input.attitude,
      result: input.result,
      comment,
      givenAt: ctx.now(),
    }),
  );
  await recordEvent(ctx, {
    entityType: "Feedback",
    entityId: feedback.id,
    proposalId: reply.proposalId,
    action: "giveFeedback",
    after: { replyId, round: reply.round, attitude: input.attitude, result: input.result, communicated: input.communicated },
  });
  // Only the first proposer's rating is the item's; others are recorded (and shown) but decide nothing.
  if (proposal.status === ProposalStatus.REPLIED && (await isFirstProposer(ctx, proposal.id, memberId))) {
    await closeIfRated(ctx, proposal);
  }
  return feedback;
}
