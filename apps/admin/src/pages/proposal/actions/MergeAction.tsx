// 并案: merge this item into a similar registered one (or the similar ones into this one), with the
// similarity score of each hint, or one staff find by number or title words when the hints miss it
// (the hints compare whole texts, and two items on one matter can be worded apart). Merged items'
// proposers still receive the reply and may rate it.
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { MergeProposalsDocument, MergeSearchDocument, SimilarProposalsDocument, type MergeCandidateFragment, type ProposalStatus } from "@jyta/client";
import { MERGE_PRIMARY_STATUSES } from "@jyta/domain";
import { Checkbox, Empty, Flex, Form, Input, Progress, Radio, Spin, Tag, Typography } from "antd";
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

interface Candidate {
  proposal: MergeCandidateFragment;
  /** 0–1 for a hint; null for an item found by hand. */
  score: number | null;
}

/** Items that may still be merged away (the transition table's `merge` from-states). */
const MERGEABLE: readonly ProposalStatus[] = ["SUBMITTED", "REGISTERED"];

export function MergeAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const direction = Form.useWatch("direction", form) ?? "intoOther";
  const { data, loading } = useQuery(SimilarProposalsDocument, { variables: { id: proposal.id, limit: 10 } });
  const [search, searched] = useLazyQuery(MergeSearchDocument, { fetchPolicy: "network-only" });
  const [mutate] = useMutation(MergeProposalsDocument);
  const similar: Candidate[] = data?.similarProposals ?? [];
  // Found by hand: the body's items other than this one that are not hints already (no score).
  const found: Candidate[] = (searched.data?.proposals.items ?? [])
    .filter((p) => p.id !== proposal.id && !similar.some((h) => h.proposal.id === p.id))
    .map((p) => ({ proposal: p, score: null }));
  const hints = [...similar, ...found];
  const thisCanLead = (MERGE_PRIMARY_STATUSES as readonly string[]).includes(proposal.status);
  const eligible = (status: ProposalStatus) => (direction === "intoOther" ? (MERGE_PRIMARY_STATUSES as readonly string[]).includes(status) : MERGEABLE.includes(status));
  const m = t.actions.merge;

  const find = (text: string): void => {
    if (!text.trim()) return;
    const status = direction === "intoOther" ? [...MERGE_PRIMARY_STATUSES] : [...MERGEABLE];
    void search({ variables: { options: { take: 10, filter: { search: text.trim(), bodyId: proposal.session.body.id, status } } } });
  };

  const option = (h: Candidate) => (
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
        {h.score === null ? (
          <Tag>{m.found}</Tag>
        ) : (
          <span style={{ width: 160 }} aria-label={`${m.score} ${Math.round(h.score * 100)}%`}>
            <Progress percent={Math.round(h.score * 100)} size="small" />
          </span>
        )}
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
      <Form.Item label={m.search}>
        <Input.Search
          placeholder={m.searchPlaceholder}
          allowClear
          enterButton
          onSearch={find}
          // Enter searches; without this the browser would also submit the dialog's form (implicit submission).
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          loading={searched.loading}
          aria-label={m.search}
        />
      </Form.Item>
      {/* The choice stays a required field when there is nothing to choose, so OK explains instead of failing. */}
      {!loading && hints.length === 0 ? <Empty description={m.noCandidates} /> : null}
      {loading ? (
        <Spin />
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
