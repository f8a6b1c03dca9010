// 签收 and 申请退回: a unit receives its assignment, or asks (inside the return window) to hand it back;
// the office approves (the assignment is void, the item waits for reassignment) or rejects (the unit
// keeps it, as received).
import {
  AssignmentAction,
  assertReturnWindowOpen,
  assignmentTransition,
  DomainError,
  ErrorCode,
  NotificationKind,
  ProposalStatus,
} from "@jyta/domain";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { compareAndSet } from "../access/compare-and-set";
import { today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Assignment } from "./assignment.entity";
import { assertItemStatus, assignmentTarget, loadProposal, optionalText, requireText } from "./assignment-target";
import { ReturnRequest } from "./return-request.entity";

const HANDLING = [ProposalStatus.HANDLING];

async function reload(ctx: RequestContext, id: string): Promise<Assignment> {
  return ctx.em.getRepository(Assignment).findOneByOrFail({ id });
}

export async function receiveAssignment(ctx: RequestContext, id: string): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "receiveAssignment");
  assertItemStatus(facts, HANDLING, AssignmentAction.RECEIVE);
  const to = assignmentTransition(AssignmentAction.RECEIVE, assignment.status, assignment.role);
  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, { status: to, receivedAt: ctx.now() });
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.RECEIVE,
    before: { status: assignment.status },
    after: { status: to },
  });
  return reload(ctx, id);
}

export async function requestReturn(ctx: RequestContext, id: string, reason: string): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "requestReturn");
  const text = requireText(reason, "reason", 500);
  assertItemStatus(facts, HANDLING, AssignmentAction.REQUEST_RETURN);
  const to = assignmentTransition(AssignmentAction.REQUEST_RETURN, assignment.status, assignment.role);
  assertReturnWindowOpen(today(ctx), assignment.returnWindowEndsOn);

  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, { status: to });
  const repo = ctx.em.getRepository(ReturnRequest);
  await repo.save(repo.create({ assignmentId: id, reason: text, requestedAt: ctx.now(), requestedById: ctx.principal!.userId! }));
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.REQUEST_RETURN,
    before: { status: assignment.status },
    after: { status: to },
    note: text,
  });
  return reload(ctx, id);
}

export async function decideReturn(ctx: RequestContext, id: string, approve: boolean, comment: string | null | undefined): Promise<Assignment> {
  const { assignment, facts } = await assignmentTarget(ctx, id, "decideReturn");
  const note = optionalText(comment, "comment", 500);
  assertItemStatus(facts, HANDLING, "decideReturn");
  const action = approve ? AssignmentAction.APPROVE_RETURN : AssignmentAction.REJECT_RETURN;
  const to = assignmentTransition(action, assignment.status, assignment.role);
  const request = await ctx.em.getRepository(ReturnRequest).findOneBy({ assignmentId: id, decidedAt: IsNull() });
  if (!request) throw new DomainError(ErrorCode.INVALID_TRANSITION, "No return request is waiting for a decision");

  const now = ctx.now();
  await compareAndSet(ctx, ReturnRequest, request.id, { version: request.version }, {
    decidedAt: now,
    decidedById: ctx.principal!.userId!,
    approved: approve,
    comment: note,
  });
  // Approved: void the duty (kept for the return-rate figure). Rejected: the unit keeps it, as received.
  await compareAndSet(ctx, Assignment, id, { version: assignment.version, status: assignment.status }, {
    status: to,
    ...(approve ? { voidedAt: now } : { receivedAt: assignment.receivedAt ?? now }),
  });
  await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: id,
    proposalId: assignment.proposalId,
    action,
    before: { status: assignment.status },
    after: { status: to },
    note,
  });
  const proposal = await loadProposal(ctx, assignment.proposalId);
  await notify(ctx, { unitIds: [assignment.unitId] }, {
    kind: NotificationKind.RETURN_DECIDED,
    title: `${approve ? "退回申请已同意" : "退回申请未同意"}：${proposal.title}`,
    body: note,
    proposalId: assignment.proposalId,
    assignmentId: id,
  });
  return reload(ctx, id);
}
