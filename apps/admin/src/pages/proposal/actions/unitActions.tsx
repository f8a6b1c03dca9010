// A unit's small steps on its own assignment: receive (签收), request a return inside the window
// (申请退回), send the co-handling opinion (会办意见) and add a follow-up note (跟踪办理).
import { useMutation } from "@apollo/client/react";
import { AddFollowUpNoteDocument, ReceiveAssignmentDocument, RequestReturnDocument, SendCoOpinionDocument } from "@jyta/client";
import { Alert, Typography } from "antd";
import { useT } from "../../../i18n";
import { todayDate } from "../common/format";
import { SimpleAction } from "./SimpleAction";
import { titleFor, type ActionProps } from "./types";

function useTitle(name: string, props: ActionProps): string {
  const t = useT();
  const several = props.proposal.assignments.length > 1;
  return titleFor(name, several ? props.assignment?.unit.name : undefined, t.actions.forUnit);
}

export function ReceiveAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(ReceiveAssignmentDocument);
  const a = props.assignment!;
  return (
    <SimpleAction
      name="receive"
      title={useTitle(t.actions.names.receiveAssignment, props)}
      intro={
        <>
          <Typography.Paragraph strong>{t.actions.receive.confirm}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t.actions.receive.returnWindow(a.returnWindowEndsOn)}</Typography.Paragraph>
        </>
      }
      okText={t.actions.names.receiveAssignment}
      run={() => mutate({ variables: { id: a.id } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function RequestReturnAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(RequestReturnDocument);
  const a = props.assignment!;
  const closed = todayDate() > a.returnWindowEndsOn;
  return (
    <SimpleAction
      name="requestReturn"
      title={useTitle(t.actions.names.requestReturn, props)}
      intro={
        <Alert
          type={closed ? "error" : "info"}
          showIcon
          title={closed ? t.actions.requestReturn.windowClosed(a.returnWindowEndsOn) : t.actions.requestReturn.windowEnds(a.returnWindowEndsOn)}
        />
      }
      text={{ label: t.actions.reason, required: true, max: 500, help: t.actions.requestReturn.reasonHelp }}
      run={(v) => mutate({ variables: { id: a.id, reason: v.text ?? "" } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function SendCoOpinionAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(SendCoOpinionDocument);
  const a = props.assignment!;
  return (
    <SimpleAction
      name="coOpinion"
      title={useTitle(t.actions.names.sendCoOpinion, props)}
      intro={
        <Typography.Paragraph type="secondary">
          {t.actions.coOpinion.help}
          {a.coOpinionDueOn ? ` ${t.actions.coOpinion.due(a.coOpinionDueOn)}` : ""}
        </Typography.Paragraph>
      }
      text={{ label: t.actions.coOpinion.content, required: true, max: 20000, rows: 8 }}
      run={(v) => mutate({ variables: { assignmentId: a.id, content: v.text ?? "" } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function AddFollowUpNoteAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(AddFollowUpNoteDocument);
  const a = props.assignment!;
  return (
    <SimpleAction
      name="followUpNote"
      title={useTitle(t.actions.names.addFollowUpNote, props)}
      text={{ label: t.actions.followUp.note, required: true, max: 2000 }}
      run={(v) => mutate({ variables: { assignmentId: a.id, note: v.text ?? "" } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}
