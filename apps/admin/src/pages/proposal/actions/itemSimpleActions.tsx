// Small steps on the whole item: submit a draft, withdraw, order re-handling, close, No. 1 flag.
import { useMutation } from "@apollo/client/react";
import { CloseProposalDocument, MarkNumberOneDocument, OrderRehandlingDocument, SubmitDraftDocument, WithdrawProposalDocument } from "@jyta/client";
import { Typography } from "antd";
import { useT } from "../../../i18n";
import { useRuleSets } from "../common/useRuleSets";
import { SimpleAction } from "./SimpleAction";
import type { ActionProps } from "./types";

export function SubmitDraftAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(SubmitDraftDocument);
  return (
    <SimpleAction
      name="submitDraft"
      title={t.actions.names.submit}
      intro={<Typography.Paragraph>{t.actions.submitDraft.confirm}</Typography.Paragraph>}
      okText={t.actions.names.submit}
      run={() => mutate({ variables: { id: proposal.id } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

export function WithdrawAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(WithdrawProposalDocument);
  return (
    <SimpleAction
      name="withdraw"
      title={t.actions.names.withdraw}
      intro={<Typography.Paragraph type="danger">{t.actions.withdraw.confirm}</Typography.Paragraph>}
      okText={t.actions.names.withdraw}
      danger
      run={() => mutate({ variables: { id: proposal.id } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

export function OrderRehandlingAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const { ruleFor } = useRuleSets();
  const months = ruleFor(proposal.kind)?.rehandlingDueMonths;
  const [mutate] = useMutation(OrderRehandlingDocument);
  return (
    <SimpleAction
      name="rehandling"
      title={t.actions.names.orderRehandling}
      intro={months ? <Typography.Paragraph type="secondary">{t.actions.rehandling.help(months)}</Typography.Paragraph> : null}
      text={{ label: t.actions.reason, required: true, max: 1000 }}
      run={(v) => mutate({ variables: { proposalId: proposal.id, reason: v.text ?? "" } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

export function CloseAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(CloseProposalDocument);
  return (
    <SimpleAction
      name="close"
      title={t.actions.names.close}
      intro={<Typography.Paragraph>{t.actions.close.confirm}</Typography.Paragraph>}
      okText={t.actions.names.close}
      run={() => mutate({ variables: { id: proposal.id } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

export function NumberOneAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [mutate] = useMutation(MarkNumberOneDocument);
  const next = !proposal.isNumberOne;
  return (
    <SimpleAction
      name="numberOne"
      title={t.actions.names.markNumberOne}
      intro={<Typography.Paragraph>{next ? t.actions.numberOne.set : t.actions.numberOne.unset}</Typography.Paragraph>}
      run={() => mutate({ variables: { id: proposal.id, isNumberOne: next } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
