// 会办意见: a CO unit sends its opinion to the LEAD unit; the office may waive a missing one (recorded
// with a reason, the status stays so the co-opinion on-time figure stays honest).
import { AssignmentAction, AssignmentRole, assignmentTransition, NotificationKind, ProposalStatus } from "@jyta/domain";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Assignment } from "./assignment.entity";
import { assertItemStatus, assignmentTarget, loadProposal, requireText } from "./assignment-target";

const HANDLING = [ProposalStatus.HANDLING];

export async function sendCoOpinion(ctx: RequestContext, id: string, content: string): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "sendCoOpinion");
  const text = requireText(content, "content", 20000);
  assertItemStatus(facts, HANDLING, AssignmentAction.SEND_CO_OPINION);
  const to = assignmentTransition(AssignmentAction.SEND_CO_OPINION, assignment.status, assignment.role);
  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, {
    status: to,
    coOpinion: text,
    coOpinionSentAt: ctx.now(),
  });
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.SEND_CO_OPINION,
    before: { status: assignment.status },
    after: { status: to },
  });
  const lead = await ctx.em.getRepository(Assignment).findOneBy({ proposalId: assignment.proposalId, role: AssignmentRole.LEAD, voidedAt: IsNull() });
  if (lead) {
    const proposal = await loadProposal(ctx, assignment.proposalId);
    await notify(ctx, { unitIds: [lead.unitId] }, {
      kind: NotificationKind.CO_OPINION_SENT,
      title: `会办意见已送达：${proposal.title}`,
      proposalId: assignment.proposalId,
      assignmentId: lead.id,
    });
  }
  return ctx.em.getRepository(Assignment).findOneByOrFail({ id });
}

export async function waiveCoOpinion(ctx: RequestContext, id: string, reason: string): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "waiveCoOpinion");
  const text = requireText(reason, "reason", 500);
  assertItemStatus(facts, HANDLING, AssignmentAction.WAIVE_CO_OPINION);
  assignmentTransition(AssignmentAction.WAIVE_CO_OPINION, assignment.status, assignment.role);
  if (assignment.coOpinionWaivedAt) return assignment; // waiving twice changes nothing
  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, {
    coOpinionWaivedAt: ctx.now(),
    coOpinionWaiverReason: text,
  });
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.WAIVE_CO_OPINION,
    after: { coOpinionWaived: true },
    note: text,
  });
  return ctx.em.getRepository(Assignment).findOneByOrFail({ id });
}
