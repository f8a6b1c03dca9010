// The daily close of replied items whose feedback window lapsed (DOMAIN.md §2): no rating from the
// first proposer closes the item as NO_FEEDBACK (kept out of the satisfaction denominator); partial
// ratings are settled as feedback-rating.ts says. Run by the daily job as the system (no principal:
// the events carry no actor). Idempotent: a second run the same day finds nothing more to close.
import { compareLocalDates, ProposalAction, ProposalStatus, proposalTransition } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { getCalendar, today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { Proposal } from "../proposal/proposal.entity";
import { getRuleSet } from "../rule-set/rule-set.service";
import { closeOnLapse, firstProposerRatings, roundWindowEndsOn } from "./feedback-rating";

async function closeLapsed(ctx: RequestContext): Promise<string[]> {
  const replied = await ctx.em.getRepository(Proposal).findBy({ status: ProposalStatus.REPLIED });
  if (replied.length === 0) return [];
  const ratings = await firstProposerRatings(ctx, replied.map((p) => p.id));
  const calendar = await getCalendar(ctx);
  const now = today(ctx);
  const closed: string[] = [];
  for (const proposal of replied) {
    const round = ratings.get(proposal.id) ?? [];
    const endsOn = roundWindowEndsOn(round, await getRuleSet(ctx, proposal.kind), calendar);
    if (endsOn === null || compareLocalDates(now, endsOn) <= 0) continue;
    const reason = closeOnLapse(proposal.round, round);
    if (!reason) continue;
    const to = proposalTransition(ProposalAction.CLOSE_ON_LAPSE, proposal.status);
    await compareAndSet(ctx, Proposal, proposal.id, { version: proposal.version, status: proposal.status }, {
      status: to,
      closedAt: ctx.now(),
      closeReason: reason,
    });
    await recordEvent(ctx, {
      entityType: "Proposal",
      entityId: proposal.id,
      proposalId: proposal.id,
      action: ProposalAction.CLOSE_ON_LAPSE,
      before: { status: proposal.status },
      after: { status: to, closeReason: reason, feedbackWindowEndedOn: endsOn },
    });
    closed.push(proposal.id);
  }
  return closed;
}

/**
 * Closes every REPLIED item whose feedback window lapsed; returns their ids. Runs in the caller's
 * transaction when there is one, else in its own (all or nothing).
 */
export async function closeLapsedFeedback(ctx: RequestContext): Promise<string[]> {
  if (ctx.transaction) return closeLapsed(ctx);
  try {
    return await ctx.dataSource.transaction(async (em) => {
      ctx.transaction = em;
      try {
        return await closeLapsed(ctx);
      } finally {
        ctx.transaction = null;
      }
    });
  } finally {
    ctx.loaders.clear();
  }
}
