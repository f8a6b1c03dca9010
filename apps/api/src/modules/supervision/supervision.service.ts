// 督办: the office reminds a unit of an open assignment (催办, counted on the assignment and notified),
// and records inspections, spot checks, re-checks, supervision meetings and leader instructions.
import { AssignmentAction, assignmentTransition, compareLocalDates, NotificationKind, ProposalStatus, SupervisionKind } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { Assignment } from "../assignment/assignment.entity";
import { assertItemStatus, assignmentTarget, optionalText, proposalTarget, requireText } from "../assignment/assignment-target";
import { today } from "../calendar/calendar.service";
import type { Event } from "../event/event.entity";
import { recordEvent } from "../event/event.service";
import { notify } from "../notification/notify";
import { SupervisionEvent } from "./supervision-event.entity";
import type { SupervisionInput } from "./supervision.inputs";

/** Supervision concerns registered items, during handling and after (复查 of closed items). */
const SUPERVISED_ITEM_STATUSES = [ProposalStatus.REGISTERED, ProposalStatus.HANDLING, ProposalStatus.REPLIED, ProposalStatus.CLOSED];

export async function remind(ctx: RequestContext, assignmentId: string, note: string | null | undefined): Promise<Event> {
  const { assignment, facts } = await assignmentTarget(ctx, assignmentId, "remind");
  const text = optionalText(note, "note", 2000);
  assertItemStatus(facts, [ProposalStatus.HANDLING], AssignmentAction.REMIND);
  assignmentTransition(AssignmentAction.REMIND, assignment.status, assignment.role);

  const repo = ctx.em.getRepository(SupervisionEvent);
  const supervision = await repo.save(
    repo.create({
      proposalId: assignment.proposalId,
      assignmentId,
      kind: SupervisionKind.REMINDER,
      note: text,
      occurredOn: today(ctx),
      actorId: ctx.principal!.userId!,
    }),
  );
  const reminderCount = assignment.reminderCount + 1;
  await compareAndSet(ctx, Assignment, assignmentId, { version: assignment.version, status: assignment.status }, { reminderCount });
  const event = await recordEvent(ctx, {
    entityType: "Assignment",
    entityId: assignmentId,
    proposalId: assignment.proposalId,
    action: AssignmentAction.REMIND,
    before: { reminderCount: assignment.reminderCount },
    after: { reminderCount, supervisionEventId: supervision.id },
    note: text,
  });
  await notify(ctx, { unitIds: [assignment.unitId] }, {
    kind: NotificationKind.REMINDER,
    title: `催办：请按期办理（第 ${reminderCount} 次）`,
    body: text,
    proposalId: assignment.proposalId,
    assignmentId,
  });
  return event;
}

export async function recordSupervision(ctx: RequestContext, proposalId: string, input: SupervisionInput): Promise<SupervisionEvent> {
  const { facts } = await proposalTarget(ctx, proposalId, "recordSupervision");
  if (input.kind === SupervisionKind.REMINDER) throw badInput("Send reminders with remind", { kind: ["not REMINDER"] });
  const note = requireText(input.note, "note", 2000);
  const occurredOn = input.occurredOn ?? today(ctx);
  if (compareLocalDates(occurredOn, today(ctx)) > 0) throw badInput("A supervision event cannot be dated in the future", { occurredOn: ["not after today"] });
  if (input.assignmentId) {
    const exists = await ctx.em.getRepository(Assignment).existsBy({ id: input.assignmentId, proposalId });
    if (!exists) throw badInput("The assignment is not one of this item's", { assignmentId: ["not an assignment of the item"] });
  }
  assertItemStatus(facts, SUPERVISED_ITEM_STATUSES, "recordSupervision");

  const repo = ctx.em.getRepository(SupervisionEvent);
  const supervision = await repo.save(
    repo.create({ proposalId, assignmentId: input.assignmentId ?? null, kind: input.kind, note, occurredOn, actorId: ctx.principal!.userId! }),
  );
  await recordEvent(ctx, {
    entityType: "SupervisionEvent",
    entityId: supervision.id,
    proposalId,
    action: "recordSupervision",
    after: { kind: input.kind, occurredOn, assignmentId: input.assignmentId ?? null },
    note,
  });
  return supervision;
}
