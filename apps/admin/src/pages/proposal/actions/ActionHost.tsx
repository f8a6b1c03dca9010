// Opens the form of the chosen action on the item, its assignment or its reply.
import type { ReactElement } from "react";
import type { ProposalView } from "../common/types";
import { AssignAction } from "./AssignAction";
import type { ActionKey, ActionTarget } from "./available";
import { CommunicationAction } from "./CommunicationAction";
import { DeclineAction } from "./DeclineAction";
import { EditDraftAction } from "./EditDraftAction";
import { FeedbackAction } from "./FeedbackAction";
import { CloseAction, NumberOneAction, OrderRehandlingAction, SubmitDraftAction, WithdrawAction } from "./itemSimpleActions";
import { MergeAction } from "./MergeAction";
import { DecideExtensionAction, DecideReturnAction, RemindAction, WaiveCoOpinionAction } from "./officeDecisions";
import { RegisterAction } from "./RegisterAction";
import { ReplyAction } from "./ReplyAction";
import { SignOffAction, SubmitReplyAction } from "./replySteps";
import { RequestExtensionAction } from "./RequestExtensionAction";
import { ReviewAction } from "./ReviewAction";
import { MarkKeyAction, ResolveFollowUpAction, SupervisionAction } from "./supervisionActions";
import type { ActionProps } from "./types";
import { AddFollowUpNoteAction, ReceiveAction, RequestReturnAction, SendCoOpinionAction } from "./unitActions";

const FORMS: Record<ActionKey, (props: ActionProps) => ReactElement | null> = {
  editDraft: EditDraftAction,
  submit: SubmitDraftAction,
  withdraw: WithdrawAction,
  register: RegisterAction,
  decline: DeclineAction,
  merge: MergeAction,
  assign: AssignAction,
  reassign: AssignAction,
  orderRehandling: OrderRehandlingAction,
  close: CloseAction,
  markKey: MarkKeyAction,
  markNumberOne: NumberOneAction,
  recordSupervision: SupervisionAction,
  resolveFollowUp: ResolveFollowUpAction,
  receiveAssignment: ReceiveAction,
  requestReturn: RequestReturnAction,
  decideReturn: DecideReturnAction,
  requestExtension: RequestExtensionAction,
  decideExtension: DecideExtensionAction,
  logCommunication: CommunicationAction,
  sendCoOpinion: SendCoOpinionAction,
  waiveCoOpinion: WaiveCoOpinionAction,
  saveReply: ReplyAction,
  remind: RemindAction,
  addFollowUpNote: AddFollowUpNoteAction,
  submitReply: SubmitReplyAction,
  signOffReply: SignOffAction,
  reviewReply: ReviewAction,
  giveFeedback: FeedbackAction,
};

interface Props {
  proposal: ProposalView;
  target: ActionTarget;
  onClose: () => void;
  onDone: () => void;
}

export function ActionHost({ proposal, target, onClose, onDone }: Props) {
  const Form = FORMS[target.action];
  const assignment = target.assignmentId ? proposal.assignments.find((a) => a.id === target.assignmentId) : undefined;
  const reply = target.replyId ? proposal.replies.find((r) => r.id === target.replyId) : undefined;
  // The row may have gone (e.g. a returned assignment): nothing to act on.
  if ((target.assignmentId && !assignment) || (target.replyId && !reply)) return null;
  return <Form proposal={proposal} assignment={assignment} reply={reply} onClose={onClose} onDone={onDone} />;
}
