// A reply's small steps: submit the draft for sign-off (提交签发) and the unit leader's sign-off (签发),
// each showing the reply being acted on.
import { useMutation } from "@apollo/client/react";
import { SignOffReplyDocument, SubmitReplyDocument } from "@jyta/client";
import { Alert, Typography } from "antd";
import { useT } from "../../../i18n";
import { ReplyPreview } from "../sections/ReplyPreview";
import { useRuleSets } from "../common/useRuleSets";
import { SimpleAction } from "./SimpleAction";
import type { ActionProps } from "./types";

export function SubmitReplyAction({ proposal, reply, onClose, onDone }: ActionProps) {
  const t = useT();
  const { ruleFor } = useRuleSets();
  const [mutate] = useMutation(SubmitReplyDocument);
  const r = reply!;
  const assignment = proposal.assignments.find((a) => a.id === r.assignment.id);
  const needsTalk = ruleFor(proposal.kind)?.communicationRequiredBeforeReply && assignment && assignment.communications.length === 0;
  return (
    <SimpleAction
      name="submitReply"
      title={t.actions.names.submitReply}
      intro={
        <>
          {needsTalk ? <Alert type="warning" showIcon title={t.actions.reply.needsCommunication} style={{ marginBottom: 12 }} /> : null}
          <Typography.Paragraph strong>{t.actions.submitReply.confirm}</Typography.Paragraph>
          <ReplyPreview reply={r} kind={proposal.kind} />
        </>
      }
      okText={t.actions.names.submitReply}
      run={() => mutate({ variables: { id: r.id } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

export function SignOffAction({ proposal, reply, onClose, onDone }: ActionProps) {
  const t = useT();
  const { ruleFor } = useRuleSets();
  const [mutate] = useMutation(SignOffReplyDocument);
  const r = reply!;
  const review = ruleFor(proposal.kind)?.officeReviewRequired;
  const toReview = review === "ALL" || (review === "KEY_ONLY" && proposal.isKey);
  return (
    <SimpleAction
      name="signOff"
      title={t.actions.names.signOffReply}
      intro={
        <>
          <Typography.Paragraph strong>{t.actions.signOff.confirm}</Typography.Paragraph>
          <ReplyPreview reply={r} kind={proposal.kind} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {toReview ? t.actions.signOff.toReview : t.actions.signOff.toSend}
          </Typography.Paragraph>
        </>
      }
      okText={t.actions.names.signOffReply}
      run={() => mutate({ variables: { id: r.id } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
