// 申请延期: a replying unit asks for a later reply due date, never beyond the maximum fixed at
// assignment (extensionLimitOn); the office decides. Approval replaces replyDueOn and keeps
// originalReplyDueOn for the on-time figures.
import { AssignmentAction, assertExtensionAllowed, assignmentTransition, DomainError, ErrorCode, NotificationKind, ProposalStatus } from "@jyta/domain";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Assignment } from "./assignment.entity";
import { assertItemStatus, assignmentTarget, loadProposal, optionalText, requireText } from "./assignment-target";
import { ExtensionRequest } from "./extension-request.entity";

const HANDLING = [ProposalStatus.HANDLING];

export async function requestExtension(ctx: RequestContext, id: string, until: string, reason: string): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "requestExtension");
  const text = requireText(reason, "reason", 500);
  assertItemStatus(facts, HANDLING, AssignmentAction.REQUEST_EXTENSION);
  assignmentTransition(AssignmentAction.REQUEST_EXTENSION, assignment.status, assignment.role);
  assertExtensionAllowed(until, assignment.replyDueOn, assignment.extensionLimitOn);
  const repo = ctx.em.getRepository(ExtensionRequest);
  if (await repo.existsBy({ assignmentId: id, decidedAt: IsNull() })) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, "An extension request is already waiting for the office");
  }
  const request = await repo.save(
    repo.create({ assignmentId: id, reason: text, requestedUntil: until, requestedAt: ctx.now(), requestedById: ctx.principal!.userId! }),
  );
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.REQUEST_EXTENSION,
    after: { extensionRequestId: request.id, requestedUntil: until },
    note: text,
  });
  return assignment;
}

export async function decideExtension(ctx: RequestContext, id: string, approve: boolean, comment: string | null | undefined): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "decideExtension");
  const note = optionalText(comment, "comment", 500);
  assertItemStatus(facts, HANDLING, AssignmentAction.DECIDE_EXTENSION);
  assignmentTransition(AssignmentAction.DECIDE_EXTENSION, assignment.status, assignment.role);
  const request = await ctx.em.getRepository(ExtensionRequest).findOneBy({ assignmentId: id, decidedAt: IsNull() });
  if (!request) throw new DomainError(ErrorCode.INVALID_TRANSITION, "No extension request is waiting for a decision");
  // The due date may have moved since the request (an earlier extension): check again.
  if (approve) assertExtensionAllowed(request.requestedUntil, assignment.replyDueOn, assignment.extensionLimitOn);

  await compareAndSet(ctx, ExtensionRequest, request.id, { version: request.version }, {
    decidedAt: ctx.now(),
    decidedById: ctx.principal!.userId!,
    approved: approve,
    comment: note,
  });
  // The assignment's version moves either way, so a decision cannot cross another change unseen.
  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, approve ? { replyDueOn: request.requestedUntil } : {});
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: approve ? "approveExtension" : "rejectExtension",
    before: { replyDueOn: assignment.replyDueOn },
    after: { replyDueOn: approve ? request.requestedUntil : assignment.replyDueOn },
    note,
  });
  const proposal = await loadProposal(ctx, assignment.proposalId);
  await notify(ctx, { unitIds: [assignment.unitId] }, {
    kind: NotificationKind.EXTENSION_DECIDED,
    title: `${approve ? `延期申请已同意（至 ${request.requestedUntil}）` : "延期申请未同意"}：${proposal.title}`,
    body: note,
    proposalId: assignment.proposalId,
    assignmentId: id,
  });
  return ctx.em.getRepository(Assignment).findOneByOrFail({ id });
}
