// 基本信息 and 正文: kind, session, number, subject area, how it was submitted, the proposers in order
// (the first marked 第一提案人 / 领衔), status and flags, dates; then the text with its line breaks.
import { Card, Descriptions, Flex, Tag, Typography, type DescriptionsProps } from "antd";
import { Link } from "react-router";
import { paths } from "../../../app/paths";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { itemNumber } from "../common/format";
import { DueTag, FlagTags, StatusTag } from "../common/tags";
import type { ProposalView } from "../common/types";
import { useLabels } from "../common/useLabels";

export function InfoSection({ proposal: p }: { proposal: ProposalView }) {
  const t = useT();
  const labels = useLabels();
  const none = t.common.none;
  const leadWord = p.kind === "SUGGESTION" ? t.items.leadProposer : t.items.firstProposer;
  const items: NonNullable<DescriptionsProps["items"]> = [
    { key: "kind", label: t.items.kind, children: labels.kind(p.kind) },
    { key: "session", label: t.items.session, children: `${p.session.body.name} ${p.session.name}` },
    { key: "number", label: t.items.number, children: itemNumber(p.number, t) },
    { key: "category", label: t.items.category, children: p.categoryLabel ?? p.category ?? none },
    { key: "submitterType", label: t.items.submitterType, children: labels.submitterType(p.submitterType) },
    {
      key: "status",
      label: t.items.status,
      children: (
        <Flex gap={4} wrap>
          <StatusTag status={p.status} />
          <DueTag state={p.dueState} />
          {p.round > 1 ? <Tag>{t.items.roundOf(p.round)}</Tag> : null}
          <FlagTags isKey={p.isKey} isNumberOne={p.isNumberOne} />
        </Flex>
      ),
    },
    {
      key: "proposers",
      label: t.items.proposers,
      span: 2,
      children: (
        <ol className="proposer-list" style={{ margin: 0, paddingLeft: 20 }} aria-label={t.items.proposers}>
          {p.proposers.map((m, i) => (
            <li key={m.id}>
              {m.name}
              {m.sector ? <Typography.Text type="secondary">（{m.sector}）</Typography.Text> : null}
              {i === 0 ? (
                <Tag color="blue" style={{ marginLeft: 8 }}>
                  {leadWord}
                </Tag>
              ) : null}
            </li>
          ))}
        </ol>
      ),
    },
  ];
  if (p.supervisingLeader) items.push({ key: "leader", label: t.items.supervisingLeader, children: p.supervisingLeader });
  items.push({ key: "submittedAt", label: t.items.submittedAt, children: formatDateTime(p.submittedAt) ?? none });
  items.push({ key: "registeredAt", label: t.items.registeredAt, children: formatDateTime(p.registeredAt) ?? none });
  if (p.closedAt) {
    items.push({ key: "closedAt", label: t.items.closedAt, children: formatDateTime(p.closedAt) ?? none });
    if (p.closeReason) items.push({ key: "closeReason", label: t.proposal.closeReason, children: t.proposal.closeReasons[p.closeReason] });
  }
  if (p.declineReason || p.declineReasonCode) {
    const reason = [p.declineReasonCode ? labels.declineReason(p.declineReasonCode) : null, p.declineReason].filter(Boolean).join("：");
    items.push({ key: "declineReason", label: t.proposal.declineReason, span: 2, children: reason });
    if (p.transferredTo) items.push({ key: "transferredTo", label: t.proposal.transferredTo, children: p.transferredTo });
  }
  if (p.mergedInto) {
    items.push({
      key: "mergedInto",
      label: t.proposal.mergedInto,
      span: 2,
      children: <Link to={`${paths.proposal}/${p.mergedInto.id}`}>{`${itemNumber(p.mergedInto.number, t)} ${p.mergedInto.title}`}</Link>,
    });
  }
  if (p.mergedItems.length > 0) {
    items.push({
      key: "mergedItems",
      label: t.proposal.mergedItems,
      span: 2,
      children: (
        <Flex vertical>
          {p.mergedItems.map((m) => (
            <Link key={m.id} to={`${paths.proposal}/${m.id}`}>{`${itemNumber(m.number, t)} ${m.title}`}</Link>
          ))}
        </Flex>
      ),
    });
  }
  if (p.followUpResolvedAt) {
    items.push({ key: "followUpOutcome", label: t.proposal.followUpOutcome, span: 2, children: p.followUpOutcome ?? none });
    items.push({ key: "followUpResolvedAt", label: t.proposal.followUpResolvedAt, children: formatDateTime(p.followUpResolvedAt) ?? none });
  }

  return (
    <>
      <Card title={t.proposal.sections.info} size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} />
      </Card>
      <Card title={t.proposal.sections.body} size="small">
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0, lineHeight: 1.9 }} data-testid="proposal-body">
          {p.body}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
