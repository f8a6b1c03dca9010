// What follows when a reply is sent (after sign-off, or after the office's review): its assignment is
// REPLIED, and when every live SOLE/LEAD/SPLIT assignment has a sent reply for the current round the
// item is REPLIED and every proposer — those of items merged into it too — is told (DOMAIN.md §2).
import { AssignmentAction, assignmentTransition, NotificationKind, ProposalAction, proposalTransition } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import type { RowFacts } from "../access/policy";
import { Assignment } from "../assignment/assignment.entity";
import { loadProposal } from "../assignment/assignment-target";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Proposal } from "../proposal/proposal.entity";
import type { Reply } from "./reply.entity";

/** Live replying assignments of the item still without a sent reply for `round`. */
async function assignmentsAwaitingReply(ctx: RequestContext, proposalId: string, round: number): Promise<number> {
  const rows: Array<{ n: number }> = await ctx.em.query(
    `SELECT count(*)::int AS n FROM assignment a
      WHERE a.proposal_id = $1 AND a.voided_at IS NULL AND a.role <> 'CO'
        AND NOT EXISTS (SELECT 1 FROM reply r WHERE r.assignment_id = a.id AND r.round = $2 AND r.status = 'SENT')`,
    [proposalId, round],
  );
  return rows[0]?.n ?? 0;
}

export async function afterReplySent(ctx: RequestContext, reply: Reply, facts: RowFacts): Promise<void> {
  const assignment = await ctx.em.getRepository(Assignment).findOneByOrFail({ id: reply.assignmentId });
  const assignmentTo = assignmentTransition(AssignmentAction.MARK_REPLIED, assignment.status, assignment.role);
  await compareAndSet(ctx, Assignment, assignment.id, { version: assignment.version, status: assignment.status }, { status: assignmentTo });
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: assignment.id,
    proposalId: reply.proposalId,
    action: AssignmentAction.MARK_REPLIED,
    before: { status: assignment.status },
    after: { status: assignmentTo, replyId: reply.id },
  });

  const proposal = await loadProposal(ctx, reply.proposalId);
  if ((await assignmentsAwaitingReply(ctx, proposal.id, proposal.round)) > 0) return;
  const to = proposalTransition(ProposalAction.MARK_REPLIED, proposal.status);
  await compareAndSet(ctx, Proposal, proposal.id, { version: proposal.version, status: proposal.status }, { status: to });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: proposal.id,
    proposalId: proposal.id,
    action: ProposalAction.MARK_REPLIED,
    before: { status: proposal.status },
    after: { status: to, round: proposal.round },
  });
  await notify(ctx, { memberIds: facts.proposerMemberIds }, {
    kind: NotificationKind.REPLY_SENT,
    title: `已收到答复：${proposal.title}`,
    body: proposal.round > 1 ? "重新办理答复，请在反馈期限内评价" : "请在反馈期限内对答复进行评价",
    proposalId: proposal.id,
  });
}
