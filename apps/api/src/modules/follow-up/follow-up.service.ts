// 跟踪办理: an item replied with a category the rule set marks for follow-up (B, C by default) stays on
// the follow-up list after its reply until it is marked resolved (成果转化, with what was achieved and
// when). Its replying units add progress notes meanwhile.
import { compareLocalDates, DomainError, ErrorCode, ProposalStatus, Role, type RuleSet } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { assertItemStatus, assignmentTarget, loadProposal, proposalTarget, requireText } from "../assignment/assignment-target";
import { today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { Proposal } from "../proposal/proposal.entity";
import { Reply } from "../reply/reply.entity";
import { getRuleSet } from "../rule-set/rule-set.service";
import { FollowUpNote } from "./follow-up-note.entity";

/** The item's sent replies of its current round whose category asks for follow-up. */
async function followUpReplies(ctx: RequestContext, proposal: Proposal, rules: Pick<RuleSet, "categories">): Promise<Reply[]> {
  const codes = rules.categories.filter((c) => c.followUp).map((c) => c.code);
  const replies = await ctx.em.getRepository(Reply).findBy({ proposalId: proposal.id, round: proposal.round, status: "SENT" });
  return replies.filter((r) => codes.includes(r.category));
}

async function assertOnFollowUpList(ctx: RequestContext, proposal: Proposal): Promise<Reply[]> {
  if (proposal.followUpResolvedAt) throw new DomainError(ErrorCode.INVALID_TRANSITION, "The follow-up of this item is already resolved");
  const replies = await followUpReplies(ctx, proposal, await getRuleSet(ctx, proposal.kind));
  if (replies.length === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, "The item was not replied with a category that needs follow-up");
  return replies;
}

/** Progress notes start once the reply is out (REPLIED) and go on after the item is closed. */
export async function addFollowUpNote(ctx: RequestContext, assignmentId: string, note: string): Promise<FollowUpNote> {
  const { assignment, facts } = await assignmentTarget(ctx, assignmentId, "addFollowUpNote");
  const text = requireText(note, "note", 2000);
  assertItemStatus(facts, [ProposalStatus.REPLIED, ProposalStatus.CLOSED], "addFollowUpNote");
  await assertOnFollowUpList(ctx, await loadProposal(ctx, assignment.proposalId));
  const repo = ctx.em.getRepository(FollowUpNote);
  const saved = await repo.save(repo.create({ proposalId: assignment.proposalId, assignmentId, note: text, authorId: ctx.principal!.userId! }));
  await recordEvent(ctx, { entityType: "FollowUpNote", entityId: saved.id, proposalId: assignment.proposalId, action: "addFollowUpNote", note: text });
  return saved;
}

/** Marks a closed item's follow-up resolved (成果转化): the item leaves the follow-up list. */
export async function resolveFollowUp(ctx: RequestContext, proposalId: string, outcome: string, achievedOn: string): Promise<Proposal> {
  const { proposal, facts } = await proposalTarget(ctx, proposalId, "resolveFollowUp");
  // The outcome is also the resolution note's text, whose column holds 2,000 characters.
  const text = requireText(outcome, "outcome", 2000);
  if (compareLocalDates(achievedOn, today(ctx)) > 0) throw badInput("achievedOn cannot be in the future", { achievedOn: ["not after today"] });
  assertItemStatus(facts, [ProposalStatus.CLOSED], "resolveFollowUp");
  const replies = await assertOnFollowUpList(ctx, proposal);
  // The note hangs on an assignment: the caller's unit's for a unit user, else the first B/C reply's.
  const principal = ctx.principal!;
  const own = principal.roles.includes(Role.OFFICE) ? undefined : replies.find((r) => r.unitId === principal.unitId);
  const assignmentId = (own ?? replies[0]!).assignmentId;

  const now = ctx.now();
  await compareAndSet(ctx, Proposal, proposalId, { version: proposal.version, status: proposal.status }, { followUpResolvedAt: now, followUpOutcome: text });
  const repo = ctx.em.getRepository(FollowUpNote);
  const note = await repo.save(repo.create({ proposalId, assignmentId, note: text, isResolution: true, achievedOn, authorId: principal.userId! }));
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: proposalId,
    proposalId,
    action: "resolveFollowUp",
    before: { followUpResolvedAt: null },
    after: { followUpResolvedAt: now.toISOString(), achievedOn, followUpNoteId: note.id },
    note: text,
  });
  return loadProposal(ctx, proposalId);
}
