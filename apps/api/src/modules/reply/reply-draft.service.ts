// The handler's part of a reply (答复): save the current round's draft (created on first save), then
// submit it to the unit leader for sign-off, which needs a logged communication when the rule set
// asks for one (面商).
import {
  assertCommunicationLogged,
  AssignmentStatus,
  DomainError,
  ErrorCode,
  findCategory,
  isReplyingRole,
  ProposalStatus,
  ReplyAction,
  ReplyStatus,
  replyTransition,
  Role,
  type RuleSet,
} from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { assertItemStatus, assignmentTarget, loadProposal, optionalText, requireText } from "../assignment/assignment-target";
import { Communication } from "../communication/communication.entity";
import { changedFields, recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Reply } from "./reply.entity";
import type { ReplyInput } from "./reply.inputs";
import { assertAssignmentOpen, replyTarget } from "./reply-target";

const HANDLING = [ProposalStatus.HANDLING];

/** The category code must be one of the rule set's outcome categories. */
export function assertCategory(rules: Pick<RuleSet, "categories">, code: string): string {
  const category = findCategory(rules, code.trim());
  if (!category) {
    throw badInput(`Unknown reply category "${code}"`, { category: [`one of ${rules.categories.map((c) => c.code).join(", ")}`] });
  }
  return category.code;
}

export async function saveReply(ctx: RequestContext, assignmentId: string, input: ReplyInput): Promise<Reply> {
  const { assignment, facts } = await assignmentTarget(ctx, assignmentId, "saveReply");
  assertItemStatus(facts, HANDLING, ReplyAction.SAVE);
  const proposal = await loadProposal(ctx, assignment.proposalId);
  const rules = await getRuleSet(ctx, proposal.kind);
  const fields = {
    category: assertCategory(rules, input.category),
    content: requireText(input.content, "content", 20000),
    documentNumber: optionalText(input.documentNumber, "documentNumber", 50),
    contactName: optionalText(input.contact, "contact", 50),
    contactPhone: optionalText(input.contactPhone, "contactPhone", 30),
    signer: optionalText(input.signer, "signer", 50),
  };
  // Drafting starts once the unit has received the assignment (and has not asked to hand it back).
  if (!isReplyingRole(assignment.role) || assignment.status !== AssignmentStatus.RECEIVED) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot save a reply on an assignment in status ${assignment.status}`, {
      action: ReplyAction.SAVE,
      from: assignment.status,
      allowedFrom: [AssignmentStatus.RECEIVED],
    });
  }

  const repo = ctx.em.getRepository(Reply);
  const current = await repo.findOneBy({ assignmentId, round: proposal.round });
  if (current) {
    replyTransition(ReplyAction.SAVE, current.status);
    const diff = changedFields(current, fields);
    if (Object.keys(diff.after).length === 0) return current;
    await compareAndSet(ctx, Reply, current.id, { version: current.version, status: current.status }, fields);
    await recordEvent(ctx, { entityType: "Reply", entityId: current.id, proposalId: proposal.id, action: ReplyAction.SAVE, ...diff });
    return repo.findOneByOrFail({ id: current.id });
  }
  const reply = await repo.save(
    repo.create({
      ...fields,
      proposalId: proposal.id,
      assignmentId,
      unitId: assignment.unitId,
      round: proposal.round,
      status: ReplyStatus.DRAFT,
      createdById: ctx.principal!.userId!,
    }),
  );
  await recordEvent(ctx, {
    entityType: "Reply",
    entityId: reply.id,
    proposalId: proposal.id,
    action: ReplyAction.SAVE,
    after: { status: reply.status, round: reply.round, category: reply.category },
  });
  return reply;
}

export async function submitReply(ctx: RequestContext, id: string): Promise<Reply> {
  const { reply, facts, proposal } = await replyTarget(ctx, id, "submitReply");
  assertItemStatus(facts, HANDLING, ReplyAction.SUBMIT);
  const to = replyTransition(ReplyAction.SUBMIT, reply.status);
  await assertAssignmentOpen(ctx, reply, ReplyAction.SUBMIT);
  const rules = await getRuleSet(ctx, proposal.kind);
  const communications = await ctx.em.getRepository(Communication).countBy({ assignmentId: reply.assignmentId });
  assertCommunicationLogged(communications, rules);

  await compareAndSet(ctx, Reply, id, { version: reply.version, status: reply.status }, { status: to, submittedAt: ctx.now() });
  await recordEvent(ctx, {
    entityType: "Reply",
    entityId: id,
    proposalId: proposal.id,
    action: ReplyAction.SUBMIT,
    before: { status: reply.status },
    after: { status: to },
  });
  await notify(ctx, { unitIds: [reply.unitId], unitRoles: [Role.UNIT_LEADER] }, {
    kind: "REPLY_AWAITING_SIGNOFF",
    title: `答复待签发：${proposal.title}`,
    proposalId: proposal.id,
    assignmentId: reply.assignmentId,
  });
  return ctx.em.getRepository(Reply).findOneByOrFail({ id });
}
