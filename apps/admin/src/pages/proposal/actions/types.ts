// What every action form is given: the item, the assignment or reply it acts on, and how to finish.
import type { AssignmentView, ProposalView, ReplyView } from "../common/types";

export interface ActionProps {
  proposal: ProposalView;
  assignment?: AssignmentView;
  reply?: ReplyView;
  onClose: () => void;
  /** Refreshes the item after a change. */
  onDone: () => void;
}

/** The action's title, with the unit when it concerns one of several units. */
export function titleFor(name: string, unitName: string | undefined, forUnit: (action: string, unit: string) => string): string {
  return unitName ? forUnit(name, unitName) : name;
}
