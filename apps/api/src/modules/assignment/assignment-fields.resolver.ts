// Fields of Assignment, all through per-request DataLoaders (one statement per relation per request).
import { AssignmentRole, AssignmentStatus, dueState, DueState } from "@jyta/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { today } from "../calendar/calendar.service";
import { Communication } from "../communication/communication.entity";
import { communicationsByAssignmentId } from "../communication/communication.loaders";
import { FollowUpNote } from "../follow-up/follow-up-note.entity";
import { followUpNotesByAssignmentId } from "../follow-up/follow-up.loaders";
import { Proposal } from "../proposal/proposal.entity";
import { rowFactsByProposalId } from "../proposal/proposal.loaders";
import { Reply } from "../reply/reply.entity";
import { allRepliesByAssignmentId, visibleRepliesByAssignmentId } from "../reply/reply.loaders";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { Assignment } from "./assignment.entity";
import { availableAssignmentActions } from "./assignment-actions";
import {
  allAssignmentsByProposalId,
  extensionRequestsByAssignmentId,
  handlingProposalById,
  returnRequestsByAssignmentId,
} from "./assignment.loaders";
import { mayReadCoOpinion } from "./assignment-visibility";
import { ExtensionRequest } from "./extension-request.entity";
import { ReturnRequest } from "./return-request.entity";

async function proposalOf(ctx: RequestContext, a: Assignment): Promise<Proposal> {
  const proposal = a.proposal ?? (await ctx.loaders.get(handlingProposalById).load(a.proposalId));
  if (!proposal) throw new Error(`assignment ${a.id} has no proposal`);
  return proposal;
}

@Resolver(() => Assignment)
export class AssignmentFieldsResolver {
  @FieldResolver(() => Proposal)
  proposal(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return proposalOf(ctx, a);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Unit> {
    const unit = a.unit ?? (await ctx.loaders.get(unitById).load(a.unitId));
    if (!unit) throw new Error(`assignment ${a.id} has no unit`);
    return unit;
  }

  @FieldResolver(() => DueState, {
    description: "Derived: a replying unit's reply due date, a CO unit's opinion due date; DONE when replied, opinion sent/waived, or returned",
  })
  async dueState(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<DueState> {
    const rules = await getRuleSet(ctx, (await proposalOf(ctx, a)).kind);
    const co = a.role === AssignmentRole.CO;
    const done =
      a.status === AssignmentStatus.RETURNED ||
      (co ? a.status === AssignmentStatus.OPINION_SENT || a.coOpinionWaivedAt !== null : a.status === AssignmentStatus.REPLIED);
    return dueState({ replyDueOn: (co ? a.coOpinionDueOn : null) ?? a.replyDueOn, done, today: today(ctx), dueSoonDays: rules.dueSoonDays });
  }

  @FieldResolver(() => [Communication], { description: "沟通记录, oldest first" })
  communications(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Communication[]> {
    return ctx.loaders.get(communicationsByAssignmentId).load(a.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "会办意见: for the CO unit, the item's LEAD unit, staff and readers" })
  async coOpinion(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (a.coOpinion === null) return null;
    const siblings = await ctx.loaders.get(allAssignmentsByProposalId).load(a.proposalId);
    return mayReadCoOpinion(ctx.principal, a, siblings) ? a.coOpinion : null;
  }

  @FieldResolver(() => [ReturnRequest], { description: "申请退回 with the office's decisions" })
  returnRequests(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<ReturnRequest[]> {
    return ctx.loaders.get(returnRequestsByAssignmentId).load(a.id);
  }

  @FieldResolver(() => [ExtensionRequest], { description: "申请延期 with the office's decisions" })
  extensionRequests(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<ExtensionRequest[]> {
    return ctx.loaders.get(extensionRequestsByAssignmentId).load(a.id);
  }

  @FieldResolver(() => [Reply], { description: "Replies by round; members see sent ones only" })
  replies(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Reply[]> {
    return ctx.loaders.get(visibleRepliesByAssignmentId).load(a.id);
  }

  @FieldResolver(() => [FollowUpNote], { description: "跟踪办理 notes" })
  followUpNotes(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<FollowUpNote[]> {
    return ctx.loaders.get(followUpNotesByAssignmentId).load(a.id);
  }

  @FieldResolver(() => [String], { description: "The mutations the viewer may call on this assignment now" })
  async availableActions(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<string[]> {
    const [facts, proposal, extensionRequests, replies] = await Promise.all([
      ctx.loaders.get(rowFactsByProposalId).load(a.proposalId),
      proposalOf(ctx, a),
      ctx.loaders.get(extensionRequestsByAssignmentId).load(a.id),
      ctx.loaders.get(allRepliesByAssignmentId).load(a.id),
    ]);
    if (!facts) return [];
    return availableAssignmentActions(ctx, a, { facts, round: proposal.round, extensionRequests, replies });
  }
}
