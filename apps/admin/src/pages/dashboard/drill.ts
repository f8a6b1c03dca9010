// What a click on a figure opens: the items behind one side of a named figure (figureItems), or the
// items of one status in the slice (the status funnel has no named figure of its own).
import type { FigureKey, FigurePart, FigureScope, ProposalStatus } from "@jyta/client";

export type Drill =
  | { kind: "figure"; title: string; figure: FigureKey; parts: readonly FigurePart[]; scope: FigureScope }
  | { kind: "status"; title: string; status: ProposalStatus; scope: FigureScope };

export const BOTH_PARTS: readonly FigurePart[] = ["NUMERATOR", "DENOMINATOR"];
export const COUNT_PART: readonly FigurePart[] = ["NUMERATOR"];
