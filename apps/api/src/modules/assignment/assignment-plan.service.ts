// 交办: the office assigns a registered item to units (REGISTERED → HANDLING), or, on an item already in
// handling, replaces an assignment a unit handed back (domain action "reassign"). Deadlines are computed
// once, here, from the rule set and calendar in force, and stored: later rule edits do not move them.
import {
  dueDates,
  NotificationKind,
  ProposalAction,
  ProposalStatus,
  proposalTransition,
  returnAwaitsReplacement,
  validateAssignmentPlan,
  DomainError,
  ErrorCode,
  type AssignmentPlanEntry,
} from "@jyta/domain";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { getCalendar, today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { Proposal } from "../proposal/proposal.entity";
import { getRuleSet } from "../rule-set/rule-set.service";
import { Unit } from "../unit/unit.entity";
import { Assignment } from "./assignment.entity";
import type { AssignmentInput } from "./assignment.inputs";
import { loadProposal, proposalTarget } from "./assignment-target";

/** A reassignment must replace an approved return (the domain's guard of "reassign"). */
function assertReturnAwaitingReplacement(all: readonly Assignment[]): void {
  if (!returnAwaitsReplacement(all)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, "Only an assignment returned by its unit can be replaced on an item in handling", {
      action: ProposalAction.REASSIGN,
    });
  }
}

async function assertActiveUnits(ctx: RequestContext, unitIds: readonly string[]): Promise<void> {
  const units = await ctx.em.getRepository(Unit).findBy({ id: In([...unitIds]) });
  const byId = new Map(units.map((u) => [u.id, u]));
  const problems = unitIds.filter((id) => !byId.get(id)?.active);
  if (problems.length > 0) throw badInput("Unknown or inactive unit", { unitId: problems.map((id) => `${id}: unknown or inactive`) });
}

export async function assignProposal(ctx: RequestContext, id: string, entries: readonly AssignmentInput[]): Promise<Proposal> {
  const { proposal } = await proposalTarget(ctx, id, "assignProposal");
  const reassign = proposal.status === ProposalStatus.HANDLING;
  const action = reassign ? ProposalAction.REASSIGN : ProposalAction.ASSIGN;
  const to = proposalTransition(action, proposal.status);

  const existing = await ctx.em.getRepository(Assignment).findBy({ proposalId: id });
  if (reassign) assertReturnAwaitingReplacement(existing);
  const live = existing.filter((a) => a.voidedAt === null);
  // The plan after this call (live units plus the new ones) must be a valid plan as a whole.
  const plan: AssignmentPlanEntry[] = [
    ...live.map((a) => ({ unitId: a.unitId, role: a.role, share: a.share })),
    ...entries.map((e) => ({ unitId: e.unitId, role: e.role, share: e.share ?? null })),
  ];
  // Refuse "no unit" even when the live units alone would make a valid plan.
  if (entries.length === 0) validateAssignmentPlan([]);
  const mode = validateAssignmentPlan(plan);
  await assertActiveUnits(ctx, entries.map((e) => e.unitId));

  const rules = await getRuleSet(ctx, proposal.kind);
  const calendar = await getCalendar(ctx);
  const assignedOn = today(ctx);
  const now = ctx.now();
  const actorId = ctx.principal?.userId;
  if (!actorId) throw new Error("assignProposal needs a user");

  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, to === proposal.status ? {} : { status: to });
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: id,
    proposalId: id,
    action,
    before: { status: proposal.status },
    after: { status: to, mode, assignments: entries.map((e) => ({ unitId: e.unitId, role: e.role, share: e.share ?? null })) },
  });

  const repo = ctx.em.getRepository(Assignment);
  for (const entry of entries) {
    const due = dueDates(assignedOn, rules, calendar, entry.role);
    const assignment = await repo.save(
      repo.create({
        proposalId: id,
        unitId: entry.unitId,
        role: entry.role,
        share: entry.share ?? null,
        assignedAt: now,
        assignedOn,
        returnWindowEndsOn: due.returnWindowEndsOn,
        coOpinionDueOn: due.coOpinionDueOn,
        replyDueOn: due.replyDueOn,
        originalReplyDueOn: due.replyDueOn,
        extensionLimitOn: due.extensionLimitOn,
        assignedById: actorId,
      }),
    );
    await recordEvent(ctx, {
      entityType: "Assignment",
      entityId: assignment.id,
      proposalId: id,
      action,
      after: { status: assignment.status, unitId: entry.unitId, role: entry.role, replyDueOn: due.replyDueOn },
    });
    await notify(ctx, { unitIds: [entry.unitId] }, {
      kind: NotificationKind.ASSIGNED,
      title: `新交办：${proposal.title}`,
      body: `答复期限 ${due.replyDueOn}，申请退回截止 ${due.returnWindowEndsOn}`,
      proposalId: id,
      assignmentId: assignment.id,
    });
  }
  return loadProposal(ctx, id);
}
