// 并案: merge this item into a similar registered one (or the similar ones into this one), with the
// similarity score of each hint. Merged items' proposers still receive the reply and may rate it.
import { useMutation, useQuery } from "@apollo/client/react";
import { MergeProposalsDocument, SimilarProposalsDocument, type ProposalStatus } from "@jyta/client";
import { MERGE_PRIMARY_STATUSES } from "@jyta/domain";
import { Checkbox, Empty, Flex, Form, Progress, Radio, Spin, Tag, Typography } from "antd";
import { useT } from "../../../i18n";
import { itemNumber } from "../common/format";
import { StatusTag } from "../common/tags";
import { ActionModal } from "./ActionModal";
import type { ActionProps } from "./types";

interface Values {
  direction: "intoOther" | "othersIntoThis";
  primaryId?: string;
  otherIds?: string[];
}

/** Items that may still be merged away (the transition table's `merge` from-states). */
const MERGEABLE: readonly ProposalStatus[] = ["SUBMITTED", "REGISTERED"];

export function MergeAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const direction = Form.useWatch("direction", form) ?? "intoOther";
  const { data, loading } = useQuery(SimilarProposalsDocument, { variables: { id: proposal.id, limit: 10 } });
  const [mutate] = useMutation(MergeProposalsDocument);
  const hints = data?.similarProposals ?? [];
  const thisCanLead = (MERGE_PRIMARY_STATUSES as readonly string[]).includes(proposal.status);
  const eligible = (status: ProposalStatus) => (direction === "intoOther" ? (MERGE_PRIMARY_STATUSES as readonly string[]).includes(status) : MERGEABLE.includes(status));
  const m = t.actions.merge;

  const option = (h: (typeof hints)[number]) => (
    <Flex vertical gap={2} style={{ width: "100%" }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{h.proposal.title}</Typography.Text>
        <StatusTag status={h.proposal.status} />
        {!eligible(h.proposal.status) ? <Tag>{m.notEligible}</Tag> : null}
      </Flex>
      <Flex gap={12} align="center">
        <Typography.Text type="secondary">
          {itemNumber(h.proposal.number, t)} · {h.proposal.firstProposer?.name ?? t.common.none}
        </Typography.Text>
        <span style={{ width: 160 }} aria-label={`${m.score} ${Math.round(h.score * 100)}%`}>
          <Progress percent={Math.round(h.score * 100)} size="small" />
        </span>
      </Flex>
    </Flex>
  );

  return (
    <ActionModal<Values>
      name="merge"
      title={t.actions.names.merge}
      form={form}
      width={720}
      okText={t.actions.names.merge}
      initialValues={{ direction: "intoOther", otherIds: [] }}
      run={(v) =>
        v.direction === "intoOther"
          ? mutate({ variables: { primaryId: v.primaryId ?? "", otherIds: [proposal.id] } })
          : mutate({ variables: { primaryId: proposal.id, otherIds: v.otherIds ?? [] } })
      }
      doneText={() => t.actions.done(t.actions.names.merge)}
      onClose={onClose}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">{m.help}</Typography.Paragraph>
      <Form.Item name="direction" label={m.direction}>
        <Radio.Group
          options={[
            { value: "intoOther", label: m.intoOther },
            { value: "othersIntoThis", label: m.othersIntoThis, disabled: !thisCanLead },
          ]}
        />
      </Form.Item>
      {loading ? (
        <Spin />
      ) : hints.length === 0 ? (
        <Empty description={m.noCandidates} />
      ) : direction === "intoOther" ? (
        <Form.Item name="primaryId" label={`${m.candidates}（${m.pickPrimary}）`} rules={[{ required: true, message: m.pickPrimary }]}>
          <Radio.Group style={{ width: "100%" }}>
            <Flex vertical gap={10}>
              {hints.map((h) => (
                <Radio key={h.proposal.id} value={h.proposal.id} disabled={!eligible(h.proposal.status)}>
                  {option(h)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
      ) : (
        <Form.Item name="otherIds" label={`${m.candidates}（${m.pickOthers}）`} rules={[{ required: true, type: "array", min: 1, message: m.pickOthers }]}>
          <Checkbox.Group style={{ width: "100%" }}>
            <Flex vertical gap={10}>
              {hints.map((h) => (
                <Checkbox key={h.proposal.id} value={h.proposal.id} disabled={!eligible(h.proposal.status)}>
                  {option(h)}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      )}
    </ActionModal>
  );
}
