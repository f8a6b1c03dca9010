// 签发 and 审核: the unit leader signs a submitted reply off; it then goes to the office for review
// where the rule set asks for it (default: key items), otherwise it is sent. The office approves (may
// change the category and rates the quality, 0–100) or sends it back for rework (退改, counted).
import {
  AssignmentRole,
  assertCoOpinionsSettled,
  NotificationKind,
  officeReviewApplies,
  ProposalStatus,
  ReplyAction,
  ReplyStatus,
  replyTransition,
  Role,
} from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { Assignment } from "../assignment/assignment.entity";
import { assertItemStatus, optionalText } from "../assignment/assignment-target";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { getRuleSet } from "../rule-set/rule-set.service";
import { assertCategory } from "./reply-draft.service";
import { Reply } from "./reply.entity";
import { afterReplySent } from "./reply-sent.service";
import { assertAssignmentOpen, replyTarget } from "./reply-target";

const HANDLING = [ProposalStatus.HANDLING];

/** A LEAD reply leaves the unit only when every CO opinion is sent or waived (returned CO units owe none). */
async function assertCoOpinionsFor(ctx: RequestContext, assignmentId: string, proposalId: string): Promise<void> {
  const repo = ctx.em.getRepository(Assignment);
  const own = await repo.findOneByOrFail({ id: assignmentId });
  if (own.role !== AssignmentRole.LEAD) return;
  const cos = await repo.findBy({ proposalId, role: AssignmentRole.CO });
  assertCoOpinionsSettled(cos.map((a) => ({ unitId: a.unitId, status: a.status, waived: a.coOpinionWaivedAt !== null })));
}

export async function signOffReply(ctx: RequestContext, id: string): Promise<Reply> {
  const { reply, facts, proposal } = await replyTarget(ctx, id, "signOffReply");
  assertItemStatus(facts, HANDLING, ReplyAction.SIGN_OFF);
  const rules = await getRuleSet(ctx, proposal.kind);
  const review = officeReviewApplies(rules, proposal.isKey);
  const to = replyTransition(ReplyAction.SIGN_OFF, reply.status, { officeReview: review });
  await assertAssignmentOpen(ctx, reply, ReplyAction.SIGN_OFF);
  await assertCoOpinionsFor(ctx, reply.assignmentId, proposal.id);

  const now = ctx.now();
  const sent = to === ReplyStatus.SENT;
  await compareAndSet(ctx, Reply, id, { version: reply.version, status: reply.status }, {
    status: to,
    signedOffAt: now,
    signedOffById: ctx.principal!.userId!,
    ...(sent ? { sentAt: now } : {}),
  });
  await recordEvent(ctx, {
    entityType: "Reply",
    entityId: id,
    proposalId: proposal.id,
    action: ReplyAction.SIGN_OFF,
    before: { status: reply.status },
    after: { status: to },
  });
  if (sent) {
    await afterReplySent(ctx, reply, facts);
  } else {
    await notify(ctx, { roles: [Role.OFFICE] }, {
      kind: NotificationKind.REPLY_AWAITING_REVIEW,
      title: `答复待审核：${proposal.title}`,
      proposalId: proposal.id,
      assignmentId: reply.assignmentId,
    });
  }
  return ctx.em.getRepository(Reply).findOneByOrFail({ id });
}

export interface ReviewArgs {
  approve: boolean;
  category?: string | null;
  qualityScore?: number | null;
  comment?: string | null;
}

export async function reviewReply(ctx: RequestContext, id: string, args: ReviewArgs): Promise<Reply> {
  const { reply, facts, proposal } = await replyTarget(ctx, id, "reviewReply");
  const rules = await getRuleSet(ctx, proposal.kind);
  const category = args.category === undefined || args.category === null ? reply.category : assertCategory(rules, args.category);
  const score = args.qualityScore ?? null;
  if (score !== null && (!Number.isInteger(score) || score < 0 || score > 100)) {
    throw badInput("qualityScore must be a whole number from 0 to 100", { qualityScore: ["0–100"] });
  }
  const comment = optionalText(args.comment, "comment", 2000);
  assertItemStatus(facts, HANDLING, args.approve ? ReplyAction.APPROVE_REVIEW : ReplyAction.REJECT_REVIEW);
  const action = args.approve ? ReplyAction.APPROVE_REVIEW : ReplyAction.REJECT_REVIEW;
  const to = replyTransition(action, reply.status);
  if (args.approve) {
    await assertAssignmentOpen(ctx, reply, action);
    // A CO unit returned and replaced since sign-off owes its opinion again.
    await assertCoOpinionsFor(ctx, reply.assignmentId, proposal.id);
  }

  const now = ctx.now();
  const review = { reviewedAt: now, reviewedById: ctx.principal!.userId!, reviewComment: comment, ...(score !== null ? { qualityScore: score } : {}) };
  await compareAndSet(ctx, Reply, id, { version: reply.version, status: reply.status }, args.approve
    ? { ...review, status: to, category, sentAt: now }
    : { ...review, status: to, reworkCount: reply.reworkCount + 1 });
  await recordEvent(ctx, {
    entityType: "Reply",
    entityId: id,
    proposalId: proposal.id,
    action,
    before: { status: reply.status, category: reply.category },
    after: { status: to, category: args.approve ? category : reply.category, ...(score !== null ? { qualityScore: score } : {}) },
    note: comment,
  });
  if (args.approve) {
    await afterReplySent(ctx, reply, facts);
  } else {
    await notify(ctx, { unitIds: [reply.unitId] }, {
      kind: NotificationKind.REPLY_RETURNED,
      title: `答复被退回修改（退改）：${proposal.title}`,
      body: comment,
      proposalId: proposal.id,
      assignmentId: reply.assignmentId,
    });
  }
  return ctx.em.getRepository(Reply).findOneByOrFail({ id });
}
