// The deadlines of an assignment and its derived due state (DOMAIN.md §2–3). Computed from the
// assignment date, the rule set and the holiday calendar in force; stored by the API when assigning
// so later edits of the rules do not move deadlines already given to units.
import { addWorkingDays, type HolidayCalendar } from "./calendar";
import { addCalendarMonths, diffCalendarDays, type LocalDate } from "./dates";
import { AssignmentRole, DueState } from "./enums";
import type { RuleSet } from "./rules";

export interface AssignmentDueDates {
  /** Last day a return may be requested. */
  readonly returnWindowEndsOn: LocalDate;
  /** CO assignments only; null for the others. */
  readonly coOpinionDueOn: LocalDate | null;
  readonly replyDueOn: LocalDate;
  /** No extension may go beyond it. */
  readonly extensionLimitOn: LocalDate;
}

type DueRules = Pick<
  RuleSet,
  "returnWindowWorkingDays" | "coOpinionDueMonths" | "replyDueMonths" | "extensionMaxMonths"
>;

export function dueDates(
  assignedOn: LocalDate,
  rules: DueRules,
  calendar: HolidayCalendar,
  role: AssignmentRole,
): AssignmentDueDates {
  return {
    returnWindowEndsOn: addWorkingDays(assignedOn, rules.returnWindowWorkingDays, calendar),
    coOpinionDueOn: role === AssignmentRole.CO ? addCalendarMonths(assignedOn, rules.coOpinionDueMonths) : null,
    replyDueOn: addCalendarMonths(assignedOn, rules.replyDueMonths),
    extensionLimitOn: addCalendarMonths(assignedOn, rules.extensionMaxMonths),
  };
}

/** The reply due date of round 2, counted from the day re-handling was ordered. */
export function rehandlingDueOn(orderedOn: LocalDate, rules: Pick<RuleSet, "rehandlingDueMonths">): LocalDate {
  return addCalendarMonths(orderedOn, rules.rehandlingDueMonths);
}

/** Last day proposers may rate a reply sent on `sentOn`; after it the item closes as "no feedback". */
export function feedbackWindowEndsOn(
  sentOn: LocalDate,
  rules: Pick<RuleSet, "feedbackWindowWorkingDays">,
  calendar: HolidayCalendar,
): LocalDate {
  return addWorkingDays(sentOn, rules.feedbackWindowWorkingDays, calendar);
}

export interface DueStateInput {
  /** The due date in force: the (extended) reply due date, or the co-opinion due date of a CO assignment. */
  readonly replyDueOn: LocalDate;
  /** The duty is fulfilled (reply sent, opinion sent, or returned). */
  readonly done: boolean;
  readonly today: LocalDate;
  readonly dueSoonDays: number;
}

/**
 * Derived, never stored (DOMAIN.md §2): DONE when done; OVERDUE after the due date; DUE_SOON when
 * 0 ≤ days left ≤ dueSoonDays (the due date itself is still due soon, not overdue); else ON_TRACK.
 */
export function dueState({ replyDueOn, done, today, dueSoonDays }: DueStateInput): DueState {
  if (done) return DueState.DONE;
  const daysLeft = diffCalendarDays(today, replyDueOn);
  if (daysLeft < 0) return DueState.OVERDUE;
  if (daysLeft <= dueSoonDays) return DueState.DUE_SOON;
  return DueState.ON_TRACK;
}
