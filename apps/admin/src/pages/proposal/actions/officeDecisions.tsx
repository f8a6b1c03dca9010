// The office's decisions on one assignment: a return request (退回), an extension request (延期), a
// waiver of a missing co-handling opinion (豁免), and a reminder (催办).
import { useMutation } from "@apollo/client/react";
import { DecideExtensionDocument, DecideReturnDocument, RemindDocument, WaiveCoOpinionDocument } from "@jyta/client";
import { Typography } from "antd";
import { useT } from "../../../i18n";
import { Facts } from "./Facts";
import { SimpleAction } from "./SimpleAction";
import { titleFor, type ActionProps } from "./types";

export function DecideReturnAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(DecideReturnDocument);
  const a = props.assignment!;
  const request = a.returnRequests.find((r) => r.approved === null && !r.decidedAt);
  return (
    <SimpleAction
      name="decideReturn"
      title={titleFor(t.actions.names.decideReturn, a.unit.name, t.actions.forUnit)}
      intro={request ? <Facts items={[{ label: t.actions.decideReturn.request, value: <span style={{ whiteSpace: "pre-wrap" }}>{request.reason}</span> }]} /> : null}
      decision={{ approveHelp: t.actions.decideReturn.approveHelp }}
      text={{ label: t.actions.commentOptional, required: false, max: 500, rows: 3 }}
      run={(v) => mutate({ variables: { id: a.id, approve: v.approve ?? false, comment: v.text } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function DecideExtensionAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(DecideExtensionDocument);
  const a = props.assignment!;
  const request = a.extensionRequests.find((r) => r.approved === null && !r.decidedAt);
  return (
    <SimpleAction
      name="decideExtension"
      title={titleFor(t.actions.names.decideExtension, a.unit.name, t.actions.forUnit)}
      intro={
        request ? (
          <Facts
            items={[
              { label: t.proposal.assignment.replyDueOn, value: a.replyDueOn },
              { label: t.proposal.assignment.requestedUntil, value: <strong>{request.requestedUntil}</strong> },
              { label: t.proposal.assignment.extensionLimitOn, value: a.extensionLimitOn },
              { label: t.actions.reason, value: <span style={{ whiteSpace: "pre-wrap" }}>{request.reason}</span> },
            ]}
          />
        ) : null
      }
      decision={{}}
      text={{ label: t.actions.commentOptional, required: false, max: 500, rows: 3 }}
      run={(v) => mutate({ variables: { id: a.id, approve: v.approve ?? false, comment: v.text } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function WaiveCoOpinionAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(WaiveCoOpinionDocument);
  const a = props.assignment!;
  return (
    <SimpleAction
      name="waive"
      title={titleFor(t.actions.names.waiveCoOpinion, a.unit.name, t.actions.forUnit)}
      intro={<Typography.Paragraph type="secondary">{t.actions.waive.help}</Typography.Paragraph>}
      text={{ label: t.actions.reason, required: true, max: 500, rows: 3 }}
      run={(v) => mutate({ variables: { assignmentId: a.id, reason: v.text ?? "" } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}

export function RemindAction(props: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(RemindDocument);
  const a = props.assignment!;
  const due = a.role === "CO" ? a.coOpinionDueOn : a.replyDueOn;
  return (
    <SimpleAction
      name="remind"
      title={titleFor(t.actions.names.remind, a.unit.name, t.actions.forUnit)}
      intro={
        <Facts
          items={[
            { label: a.role === "CO" ? t.proposal.assignment.coOpinionDueOn : t.proposal.assignment.replyDueOn, value: due ?? t.common.none },
            { label: t.proposal.assignment.reminders, value: t.actions.remind.count(a.reminderCount) },
          ]}
        />
      }
      text={{ label: t.actions.remind.note, required: false, max: 2000, rows: 3 }}
      run={(v) => mutate({ variables: { assignmentId: a.id, note: v.text } })}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}
