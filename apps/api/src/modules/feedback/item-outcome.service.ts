// The office's decisions on a replied item: order a second round (重新办理) after the first proposer
// rated it DISSATISFIED, or close it.
import {
  AssignmentAction,
  assignmentTransition,
  DomainError,
  ErrorCode,
  isReplyingRole,
  NotificationKind,
  ProposalAction,
  proposalTransition,
  rehandlingDueOn,
} from "@jyta/domain";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { Assignment } from "../assignment/assignment.entity";
import { loadProposal, proposalTarget, requireText } from "../assignment/assignment-target";
import { today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Proposal, ProposalCloseReason } from "../proposal/proposal.entity";
import { getRuleSet } from "../rule-set/rule-set.service";
import { anyDissatisfied, firstProposerRatings } from "./feedback-rating";

/** The last round: DOMAIN.md allows one re-handling, and reply/feedback rounds are 1 or 2. */
const LAST_ROUND = 2;

export async function orderRehandling(ctx: RequestContext, id: string, reason: string): Promise<Proposal> {
  const { proposal } = await proposalTarget(ctx, id, "orderRehandling");
  const note = requireText(reason, "reason", 1000);
  const to = proposalTransition(ProposalAction.ORDER_REHANDLING, proposal.status);
  if (proposal.round >= LAST_ROUND) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, "The item has had its second round already", { action: ProposalAction.ORDER_REHANDLING });
  }
  const ratings = (await firstProposerRatings(ctx, [id])).get(id) ?? [];
  if (!anyDissatisfied(ratings)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, "Re-handling follows a DISSATISFIED rating by the first proposer", {
      action: ProposalAction.ORDER_REHANDLING,
    });
  }
  const replying = (await ctx.em.getRepository(Assignment).findBy({ proposalId: id, voidedAt: IsNull() })).filter((a) => isReplyingRole(a.role));
  // Every replying unit answers again (the rating is the item's, not one unit's).
  const reopened = replying.map((a) => ({ a, to: assignmentTransition(AssignmentAction.REOPEN_FOR_REHANDLING, a.status, a.role) }));
  const dueOn = rehandlingDueOn(today(ctx), await getRuleSet(ctx, proposal.kind));
  const round = proposal.round + 1;

  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, { status: to, round });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: id,
    proposalId: id,
    action: ProposalAction.ORDER_REHANDLING,
    before: { status: proposal.status, round: proposal.round },
    after: { status: to, round },
    note,
  });
  for (const { a, to: assignmentTo } of reopened) {
    await compareAndSet(ctx, Assignment, a.id, { version: a.version, status: a.status }, { status: assignmentTo, replyDueOn: dueOn });
    await recordEvent(ctx, {
      entityType: "Assignment",
      entityId: a.id,
      proposalId: id,
      action: AssignmentAction.REOPEN_FOR_REHANDLING,
      before: { status: a.status, replyDueOn: a.replyDueOn },
      after: { status: assignmentTo, replyDueOn: dueOn, round },
    });
    await notify(ctx, { unitIds: [a.unitId] }, {
      kind: NotificationKind.REHANDLING_ORDERED,
      title: `重新办理：${proposal.title}`,
      body: `第二轮答复期限 ${dueOn}。${note}`,
      proposalId: id,
      assignmentId: a.id,
    });
  }
  return loadProposal(ctx, id);
}

export async function closeProposal(ctx: RequestContext, id: string): Promise<Proposal> {
  const { proposal } = await proposalTarget(ctx, id, "closeProposal");
  const to = proposalTransition(ProposalAction.CLOSE, proposal.status);
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, {
    status: to,
    closedAt: ctx.now(),
    closeReason: ProposalCloseReason.OFFICE,
  });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: id,
    proposalId: id,
    action: ProposalAction.CLOSE,
    before: { status: proposal.status },
    after: { status: to, closeReason: ProposalCloseReason.OFFICE },
  });
  return loadProposal(ctx, id);
}
