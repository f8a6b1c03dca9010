// The rule checks behind the typed refusals of DOMAIN.md §2 other than INVALID_TRANSITION. Each takes
// the facts the API has loaded and throws the rule's code, so the API's services read as a list of
// checks and the console can run the same checks to disable a button before the user tries.
import { compareLocalDates, type LocalDate } from "./dates";
import { AssignmentStatus } from "./enums";
import { DomainError, ErrorCode } from "./errors";
import type { RuleSet } from "./rules";

/** requestReturn: refused after the last day of the return window (the last day itself is in time). */
export function assertReturnWindowOpen(today: LocalDate, returnWindowEndsOn: LocalDate): void {
  if (compareLocalDates(today, returnWindowEndsOn) > 0) {
    throw new DomainError(
      ErrorCode.RETURN_WINDOW_CLOSED,
      `The return window ended on ${returnWindowEndsOn}; ask the office instead`,
      { returnWindowEndsOn },
    );
  }
}

export interface CoAssignmentFacts {
  readonly unitId: string;
  readonly status: AssignmentStatus;
  /** The office waived this unit's opinion (recorded with a reason). */
  readonly waived: boolean;
}

/**
 * A LEAD reply may not leave the unit (sign-off, then review or sending) while a CO opinion is missing
 * and not waived. Returned CO assignments owe nothing.
 */
export function assertCoOpinionsSettled(coAssignments: readonly CoAssignmentFacts[]): void {
  const missing = coAssignments
    .filter((a) => a.status !== AssignmentStatus.OPINION_SENT && a.status !== AssignmentStatus.RETURNED && !a.waived)
    .map((a) => a.unitId);
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.CO_OPINIONS_MISSING, `Co-handling opinions missing from ${missing.join(", ")}`, {
      unitIds: missing,
    });
  }
}

/** submitReply: refused with no communication logged on the assignment, when the rule set asks for one. */
export function assertCommunicationLogged(
  communicationCount: number,
  rules: Pick<RuleSet, "communicationRequiredBeforeReply">,
): void {
  if (rules.communicationRequiredBeforeReply && communicationCount === 0) {
    throw new DomainError(ErrorCode.NO_COMMUNICATION, "Log a communication with the proposers before submitting the reply");
  }
}

/**
 * requestExtension / decideExtension: the new date must be later than the due date in force and not
 * beyond the maximum (extensionLimitOn of dueDates).
 */
export function assertExtensionAllowed(until: LocalDate, replyDueOn: LocalDate, extensionLimitOn: LocalDate): void {
  if (compareLocalDates(until, replyDueOn) <= 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `An extension must go beyond the current due date ${replyDueOn}`, {
      until,
      replyDueOn,
    });
  }
  if (compareLocalDates(until, extensionLimitOn) > 0) {
    throw new DomainError(ErrorCode.EXTENSION_TOO_LONG, `No extension beyond ${extensionLimitOn}`, {
      until,
      extensionLimitOn,
    });
  }
}

/** giveFeedback: refused after the feedback window (see feedbackWindowEndsOn). */
export function assertFeedbackWindowOpen(today: LocalDate, feedbackWindowEndsOn: LocalDate): void {
  if (compareLocalDates(today, feedbackWindowEndsOn) > 0) {
    throw new DomainError(ErrorCode.FEEDBACK_WINDOW_CLOSED, `The feedback window ended on ${feedbackWindowEndsOn}`, {
      feedbackWindowEndsOn,
    });
  }
}
