// 沟通记录: units log their contacts with the proposers before, during and after handling. A reply
// cannot go to sign-off without one when the rule set asks for it (see reply-draft.service).
import { AssignmentAction, assignmentTransition, compareLocalDates, ProposalStatus } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { assertItemStatus, assignmentTarget, optionalText, requireText } from "../assignment/assignment-target";
import { today } from "../calendar/calendar.service";
import { recordEvent } from "../event/event.service";
import { Communication } from "./communication.entity";
import type { CommunicationInput } from "./communication.inputs";

/** Contacts after the reply (办后) are logged too, so the item may have moved on from handling. */
const LOGGABLE_ITEM_STATUSES = [ProposalStatus.HANDLING, ProposalStatus.REPLIED, ProposalStatus.CLOSED];

export async function logCommunication(ctx: RequestContext, assignmentId: string, input: CommunicationInput): Promise<Communication> {
  const { assignment, facts } = await assignmentTarget(ctx, assignmentId, "logCommunication");
  const summary = requireText(input.summary, "summary", 2000);
  const participants = optionalText(input.participants, "participants", 200);
  if (compareLocalDates(input.occurredOn, today(ctx)) > 0) {
    throw badInput("A communication cannot be dated in the future", { occurredOn: ["not after today"] });
  }
  assertItemStatus(facts, LOGGABLE_ITEM_STATUSES, AssignmentAction.LOG_COMMUNICATION);
  assignmentTransition(AssignmentAction.LOG_COMMUNICATION, assignment.status, assignment.role);

  const repo = ctx.em.getRepository(Communication);
  const communication = await repo.save(
    repo.create({
      assignmentId,
      method: input.method,
      stage: input.stage,
      occurredOn: input.occurredOn,
      summary,
      participants,
      createdById: ctx.principal!.userId!,
    }),
  );
  await recordEvent(ctx, {
    entityType: "Communication",
    entityId: communication.id,
    proposalId: assignment.proposalId,
    action: AssignmentAction.LOG_COMMUNICATION,
    after: { assignmentId, method: input.method, stage: input.stage, occurredOn: input.occurredOn },
  });
  return communication;
}
