// The item as the detail page reads it, and its parts, from the generated query type.
import type { ProposalQuery } from "@jyta/client";

export type ProposalView = NonNullable<ProposalQuery["proposal"]>;
export type AssignmentView = ProposalView["assignments"][number];
export type ReplyView = ProposalView["replies"][number];
export type FeedbackView = ProposalView["feedback"][number];
export type EventView = ProposalView["events"][number];
