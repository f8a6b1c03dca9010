// The Proposal type's relations. What the list statement prefetched is returned as is; everything
// else loads through per-request loaders (one statement per relation per request, never per row),
// with the row rules applied inside the loaders.
import { DueState } from "@jyta/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { sessionById } from "../assembly-session/assembly-session.service";
import { Assignment } from "../assignment/assignment.entity";
import { Event } from "../event/event.entity";
import { eventsByProposalId } from "../event/event.loaders";
import { Feedback } from "../feedback/feedback.entity";
import { Member } from "../member/member.entity";
import { Reply } from "../reply/reply.entity";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Unit } from "../unit/unit.entity";
import { availableActions } from "./proposal-actions";
import { feedbackByProposalId, repliesByProposalId } from "./proposal-answers.loaders";
import { dueStateByProposalId } from "./proposal-due-state";
import { leadUnitByProposalId } from "./proposal-lead-unit";
import { getPrefetched } from "./proposal-prefetch";
import type { ResolverColumns } from "../../db/json-row";
import { Proposal } from "./proposal.entity";
import {
  assignmentsByProposalId,
  mergedItemsByPrimaryId,
  proposersByProposalId,
  returnAwaitsReplacementByProposalId,
  rowFactsByProposalId,
  visibleProposalById,
} from "./proposal.loaders";

/**
 * The Proposal properties each field resolver below reads, so the item list fetches only those
 * columns (db/json-row.ts). A resolver missing here makes the list fetch whole rows when it is asked
 * for; one that reads more than it lists would see undefined: keep this next to the code it describes
 * (test/proposal-list-projection.test.ts compares every field of the list with the item query).
 */
export const PROPOSAL_RESOLVER_COLUMNS: ResolverColumns = {
  session: ["sessionId"],
  proposers: ["id"],
  firstProposer: ["id"],
  leadUnit: ["id"],
  dueState: ["id"],
  categoryLabel: ["kind", "category"],
  mergedInto: ["mergedIntoId"],
  mergedItems: ["id"],
  assignments: ["id"],
  replies: ["id"],
  feedback: ["id"],
  events: ["id"],
};

@Resolver(() => Proposal)
export class ProposalFieldsResolver {
  @FieldResolver(() => AssemblySession)
  async session(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<AssemblySession> {
    const session = getPrefetched(p).session ?? (await ctx.loaders.get(sessionById).load(p.sessionId));
    if (!session) throw new Error(`item ${p.id} has no session`);
    return session;
  }

  @FieldResolver(() => [Member], { description: "In order: the first is 第一提案人 / 领衔" })
  proposers(@Root() p: Proposal, @Ctx() ctx: RequestContext): Member[] | Promise<Member[]> {
    return getPrefetched(p).proposers ?? ctx.loaders.get(proposersByProposalId).load(p.id);
  }

  @FieldResolver(() => Member, { nullable: true, description: "第一提案人 / 领衔代表" })
  async firstProposer(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return (await this.proposers(p, ctx))[0] ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: "The live LEAD or SOLE assignment's unit (for SPLIT items the first)" })
  leadUnit(@Root() p: Proposal, @Ctx() ctx: RequestContext): Unit | null | Promise<Unit | null> {
    const fetched = getPrefetched(p);
    return fetched.leadUnit !== undefined ? fetched.leadUnit : ctx.loaders.get(leadUnitByProposalId).load(p.id);
  }

  @FieldResolver(() => DueState, { nullable: true, description: "Of the live replying assignments (the most urgent open one); null before assignment" })
  dueState(@Root() p: Proposal, @Ctx() ctx: RequestContext): DueState | null | Promise<DueState | null> {
    const fetched = getPrefetched(p);
    return fetched.dueState !== undefined ? fetched.dueState : ctx.loaders.get(dueStateByProposalId).load(p.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The subject area's Chinese label (category holds its code)" })
  async categoryLabel(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!p.category) return null;
    const rules = await getRuleSet(ctx, p.kind);
    return rules.subjectAreas.find((a) => a.code === p.category)?.zh ?? p.category;
  }

  @FieldResolver(() => Proposal, { nullable: true, description: "The primary item this one was merged into (并案)" })
  mergedInto(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Proposal | null> | null {
    return p.mergedIntoId ? ctx.loaders.get(visibleProposalById).load(p.mergedIntoId) : null;
  }

  @FieldResolver(() => [Proposal], { description: "Items merged into this one" })
  mergedItems(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Proposal[]> {
    return ctx.loaders.get(mergedItemsByPrimaryId).load(p.id);
  }

  @FieldResolver(() => [Assignment], { description: "Live assignments (an approved return voids one)" })
  assignments(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Assignment[]> {
    return ctx.loaders.get(assignmentsByProposalId).load(p.id);
  }

  @FieldResolver(() => [Reply], { description: "Members, committee staff and API clients see sent replies only" })
  replies(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Reply[]> {
    return ctx.loaders.get(repliesByProposalId).load(p.id);
  }

  @FieldResolver(() => [Feedback], { description: "A member sees their own ratings, a unit those of its replies" })
  feedback(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Feedback[]> {
    return ctx.loaders.get(feedbackByProposalId).load(p.id);
  }

  @FieldResolver(() => [Event], { description: "The timeline (操作记录); empty for members, who see the status" })
  events(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return ctx.loaders.get(eventsByProposalId).load(p.id);
  }

  @FieldResolver(() => [String], { description: "Actions the viewer may take on this item now (domain action names)" })
  async availableActions(@Root() p: Proposal, @Ctx() ctx: RequestContext): Promise<string[]> {
    const [facts, proposers] = await Promise.all([ctx.loaders.get(rowFactsByProposalId).load(p.id), this.proposers(p, ctx)]);
    return availableActions(ctx, p, facts, {
      firstProposerId: proposers[0]?.id,
      returnAwaitsReplacement: () => ctx.loaders.get(returnAwaitsReplacementByProposalId).load(p.id),
    });
  }
}
